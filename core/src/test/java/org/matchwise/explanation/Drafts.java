package org.matchwise.explanation;

/**
 * Realistic drafts for the tests, taken from or modelled on the seed articles' examples
 * (seed 001 §3 and §4, seed 000's interview answer and poor/better versions, seed 003's personal statement).
 */
final class Drafts {

    private Drafts() {
    }

    /** Seed 001 §4.1.3, the sample ERAS explanation of a Step 1 failure. */
    static final String STRONG_STEP1_ERAS = "I failed Step 1 on my first attempt due to an ineffective study plan and "
            + "poor time management. I focused on rereading notes rather than practicing clinical vignettes, and I did "
            + "not recognize my weak areas early. Following this result, I met with mentors who helped me restructure "
            + "my preparation. I adopted a daily schedule, completed two question banks with active review, and "
            + "practiced timed mock exams. These changes allowed me to pass Step 1 on my next attempt and score "
            + "significantly higher on Step 2 CK. This experience taught me to seek feedback early, use data to guide "
            + "my studying, and approach challenges with discipline\u2014skills I continue to apply in clinical work.";

    /** Seed 001 §3.1, the "weak approach". */
    static final String WEAK_STEP1 = "I had personal issues and couldn\u2019t focus, so I failed Step 1.";

    /** Seed 000, the "poor version" of a Step failure explanation. */
    static final String POOR_STEP1 = "I failed Step 1 because the exam was difficult and I was dealing with personal "
            + "stress. I studied more and passed on the second try.";

    /** Seed 001 §4.4.3, a professionalism notation. */
    static final String STRONG_PROFESSIONALISM = "In my third year of medical school, I received a professionalism "
            + "notation related to repeated late arrivals to clinic. At the time, I underestimated the impact of my "
            + "behavior on the team and patient flow. After meeting with my advisor, I recognized that punctuality is a "
            + "fundamental sign of respect and reliability. I implemented specific changes\u2014I began arriving 30 "
            + "minutes early, planning transportation with backup options, and reviewing the schedule the night before. "
            + "Since then, I have completed multiple rotations and U.S. clinical experiences without any professionalism "
            + "concerns, and my evaluations consistently note dependability and teamwork. This experience made me more "
            + "intentional about how my actions affect those around me.";

    /** Seed 001 §4.5.3, a re-applicant. */
    static final String STRONG_REAPPLICANT = "I first applied to residency in 2022 with limited U.S. clinical "
            + "experience and only one U.S. letter of recommendation. After not matching, I requested feedback from "
            + "mentors who emphasized the importance of hands\u2011on U.S. experience and stronger letters. Over the "
            + "past year, I completed two additional U.S. internal medicine rotations, received highly personalized "
            + "letters, and passed Step 3. I also participated in a quality improvement project focused on hospital "
            + "readmissions, which deepened my understanding of U.S. healthcare systems. This application reflects a "
            + "more mature, better\u2011prepared version of myself, and I am confident in my readiness to contribute on "
            + "day one.";

    /** Seed 001 §4.3.4 (a family gap), with the lesson and the evidence made explicit. */
    static final String STRONG_FAMILY_GAP = "Between January and October 2020, I relocated countries and served as "
            + "the primary caregiver for a close family member with serious illness. I paused formal clinical work during "
            + "this time, which delayed my application timeline. To stay connected to medicine, I completed online CME "
            + "courses in internal medicine and participated in virtual case discussions with my former classmates. "
            + "Once my family situation stabilized, I returned to clinical activity through U.S. observerships and "
            + "research, and my supervisors\u2019 evaluations note my reliability. This period strengthened my empathy "
            + "for families navigating serious illness. Today, I am fully available and committed to residency training.";

    /** Seed 000's family example: a good account, but "for one year" is not an explicit period. */
    static final String FAMILY_GAP_WITHOUT_DATES = "After graduating, I returned to the United States for one year to "
            + "support a close family member through a serious illness. During this time, I remained engaged in medicine "
            + "through online CME, board review, and occasional shadowing. Once the situation stabilized, I transitioned "
            + "back to full-time clinical preparation, including US clinical experiences in Internal Medicine and "
            + "Pediatrics, where my evaluations were strong. This period strengthened my empathy for families navigating "
            + "complex medical systems, an insight that I bring to my interest in Medicine-Pediatrics.";

    /** Seed 000's interview answer for a gap plus exam failure, with the score filled in. */
    static final String INTERVIEW_STEP1 = "In my third year, I failed Step 1. Looking back, I underestimated the exam "
            + "and relied too much on passive studying instead of questions and spaced repetition. Around the same time, "
            + "a family member\u2019s health crisis added stress and disrupted my schedule.\n\n"
            + "I realized I needed a more disciplined and data-driven approach, so I took a short leave, worked with "
            + "faculty advisors, and rebuilt my study plan from the ground up\u2014daily question blocks, weekly NBME "
            + "assessments, and a structured schedule. When I retook Step 1, I passed comfortably and later scored 238 "
            + "on Step 2 CK.\n\n"
            + "Since then, I\u2019ve consistently applied these strategies\u2014during my US clinical experiences in "
            + "Internal Medicine and Pediatrics, attendings have commented on my preparation and organization. This "
            + "period taught me not only how to study more effectively but also how to respond constructively to "
            + "setbacks, which I believe will help me as a resident.";

    static final String PS_OPENING = "The first patient I admitted during my internal medicine rotation in Chicago was a "
            + "nineteen-year-old with cystic fibrosis who had just moved from the children\u2019s hospital to our adult "
            + "ward. He knew more about his disease than most of the team, yet nobody had planned how his care would "
            + "continue. Sitting with him and his mother that evening, I saw why I want to train in "
            + "Medicine-Pediatrics: I want to be the physician who stays with patients across that transition.";

    static final String PS_CLINICAL = "During my sub-internships in pediatrics and internal medicine, I cared for "
            + "toddlers with bronchiolitis in the morning and adults with heart failure in the afternoon. I learned to "
            + "change how I speak with a frightened parent and with an elderly man who lives alone, and I came to enjoy "
            + "the mental shift between the two. My attendings trusted me to present new admissions, call consultants "
            + "and update families, and I took that trust seriously: I arrived early, followed up on every pending "
            + "result and asked for feedback at the middle of each rotation, not only at the end.";

    /** Seed 003's personal-statement example, adapted to Med-Peds. */
    static final String PS_FLAG = "Early in medical school, I struggled with the transition to independent learning "
            + "and failed Step 1 on my first attempt. I learned that I had relied on passive review, so I adopted a "
            + "system of daily timed question blocks and weekly self-assessments. With that system, I passed Step 1 and "
            + "scored 241 on Step 2 CK.";

    static final String PS_STRENGTHS = "Outside the hospital, I have spent three years volunteering at a free clinic "
            + "run by students, where I now coordinate the evening schedule and teach newer volunteers how to take a "
            + "history through an interpreter. Many of our patients are young adults with diabetes or sickle cell "
            + "disease who lost their pediatric team at eighteen and never found an adult one. Helping them book their "
            + "first appointment with an internist, and calling afterwards to ask how it went, showed me how much of "
            + "good care is simple follow-through. It also made me comfortable working with social workers, "
            + "pharmacists and case managers, because no single person can solve the problems these families face.";

    static final String PS_GOALS = "In residency, I hope to join a program that values continuity clinic for both "
            + "adults and children, and that welcomes residents who want to improve transition care. I bring "
            + "organization, steady work habits and a habit of asking for feedback early. In the long term, I see myself "
            + "as a Med-Peds hospitalist who also teaches, building clear handoff plans so that patients like my first "
            + "one never fall between two hospitals again. I would be proud to grow into that physician in your program.";

    /** A personal statement that leads with motivation and keeps the flag short, in the middle. */
    static final String GOOD_PERSONAL_STATEMENT = String.join("\n\n",
            PS_OPENING, PS_CLINICAL, PS_FLAG, PS_STRENGTHS, PS_GOALS);

    /** The same statement, but it opens with the failure (seed 004: "Do not start with your low Step score"). */
    static final String PERSONAL_STATEMENT_OPENING_WITH_FLAG = String.join("\n\n",
            PS_FLAG, PS_OPENING, PS_CLINICAL, PS_STRENGTHS, PS_GOALS);
}
