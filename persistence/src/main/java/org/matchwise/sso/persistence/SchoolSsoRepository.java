package org.matchwise.sso.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Single sign-on settings, one row per school (keyed by the school's id). */
public interface SchoolSsoRepository extends JpaRepository<SchoolSsoEntity, Long> {

    /** The schools whose sign-in page shows a single sign-on button, in school order. */
    List<SchoolSsoEntity> findByEnabledTrueOrderBySchoolId();

    /** Whether the school has switched local passwords off for its staff (and single sign-on is on). */
    @Query("select count(s) > 0 from SchoolSsoEntity s where s.schoolId = :schoolId and s.enabled = true"
            + " and s.passwordsOffForStaff = true")
    boolean passwordsOffForStaff(Long schoolId);
}
