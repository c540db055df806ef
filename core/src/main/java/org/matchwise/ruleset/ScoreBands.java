package org.matchwise.ruleset;

/**
 * Step 2 CK score bands of one specialty; every value is optional (null: not set).
 *
 * @param step2Low      R3 fires (MEDIUM) below this (Med-Peds 225, Pediatrics 220, IM 220)
 * @param step2HighRisk R3 is HIGH below this (Med-Peds 220)
 * @param competitive   descriptive: a competitive score (Pediatrics "mid-230s": 235)
 * @param workable      descriptive: a workable score (Pediatrics "high-220s": 228)
 * @param strong        descriptive: a strong score (Med-Peds 245+)
 * @param averageFrom   descriptive: the average band's lower end (Med-Peds 230)
 * @param averageTo     descriptive: the average band's upper end (Med-Peds 240)
 */
public record ScoreBands(Integer step2Low, Integer step2HighRisk, Integer competitive, Integer workable, Integer strong,
        Integer averageFrom, Integer averageTo) {

    public static final ScoreBands NONE = new ScoreBands(null, null, null, null, null, null, null);

    public static ScoreBands low(int step2Low) {
        return new ScoreBands(step2Low, null, null, null, null, null, null);
    }

    public ScoreBands withStep2Low(Integer v) { return new ScoreBands(v, step2HighRisk, competitive, workable, strong, averageFrom, averageTo); }
    public ScoreBands withStep2HighRisk(Integer v) { return new ScoreBands(step2Low, v, competitive, workable, strong, averageFrom, averageTo); }
    public ScoreBands withCompetitive(Integer v) { return new ScoreBands(step2Low, step2HighRisk, v, workable, strong, averageFrom, averageTo); }
    public ScoreBands withWorkable(Integer v) { return new ScoreBands(step2Low, step2HighRisk, competitive, v, strong, averageFrom, averageTo); }
    public ScoreBands withStrong(Integer v) { return new ScoreBands(step2Low, step2HighRisk, competitive, workable, v, averageFrom, averageTo); }
    public ScoreBands withAverage(Integer from, Integer to) { return new ScoreBands(step2Low, step2HighRisk, competitive, workable, strong, from, to); }
}
