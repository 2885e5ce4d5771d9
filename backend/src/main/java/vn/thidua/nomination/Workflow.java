package vn.thidua.nomination;

import static vn.thidua.nomination.NominationStatus.DRAFT;
import static vn.thidua.nomination.NominationStatus.HONORED;
import static vn.thidua.nomination.NominationStatus.RECOGNIZED;
import static vn.thidua.nomination.NominationStatus.REJECTED;
import static vn.thidua.nomination.NominationStatus.REPLICATED;
import static vn.thidua.nomination.NominationStatus.RETURNED;
import static vn.thidua.nomination.NominationStatus.SUBMITTED;
import static vn.thidua.nomination.NominationStatus.UNDER_REVIEW;
import static vn.thidua.nomination.NominationStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.auth.Role;

/**
 * The nomination workflow as data. Nominators (branch officers, and provincial officers for what they
 * nominate themselves) create, edit while DRAFT or RETURNED, submit and withdraw; provincial officers
 * review, decide, honour and record replications. Leaders and administrators read only: commendation is
 * the officers' work, and an administrator runs the system rather than its decisions.
 */
public final class Workflow {
    record Step(Set<Role> roles, Set<NominationStatus> from, NominationStatus to) {
    }

    static final Set<Role> NOMINATORS = EnumSet.of(Role.BRANCH_OFFICER, Role.PROVINCIAL_OFFICER);
    static final Set<Role> REVIEWERS = EnumSet.of(Role.PROVINCIAL_OFFICER);
    static final Set<NominationStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    static final Map<NominationAction, Step> STEPS = Map.of(
            NominationAction.SUBMIT, new Step(NOMINATORS, EnumSet.of(DRAFT, RETURNED), SUBMITTED),
            NominationAction.WITHDRAW, new Step(NOMINATORS, EnumSet.of(DRAFT, SUBMITTED, UNDER_REVIEW, RETURNED), WITHDRAWN),
            NominationAction.START_REVIEW, new Step(REVIEWERS, EnumSet.of(SUBMITTED), UNDER_REVIEW),
            NominationAction.RETURN, new Step(REVIEWERS, EnumSet.of(SUBMITTED, UNDER_REVIEW), RETURNED),
            NominationAction.RECOGNIZE, new Step(REVIEWERS, EnumSet.of(UNDER_REVIEW), RECOGNIZED),
            NominationAction.REJECT, new Step(REVIEWERS, EnumSet.of(SUBMITTED, UNDER_REVIEW), REJECTED),
            NominationAction.HONOR, new Step(REVIEWERS, EnumSet.of(RECOGNIZED), HONORED),
            NominationAction.REPLICATE, new Step(REVIEWERS, EnumSet.of(HONORED, REPLICATED), REPLICATED));

    private Workflow() {
    }

    /** Whether the role may ever take the action (otherwise: 403). */
    public static boolean roleMay(Role role, NominationAction action) {
        return STEPS.get(action).roles().contains(role);
    }

    public static boolean canCreate(Role role) {
        return NOMINATORS.contains(role);
    }

    /** What the role may do from this status, in the order of {@link NominationAction}. */
    public static List<String> allowed(Role role, NominationStatus status) {
        List<String> out = new ArrayList<>();
        for (NominationAction a : NominationAction.values()) {
            Step s = STEPS.get(a);
            if (s.roles().contains(role) && s.from().contains(status)) {
                out.add(a.name());
            }
        }
        return out;
    }

    public static boolean editable(Role role, NominationStatus status) {
        return NOMINATORS.contains(role) && EDITABLE.contains(status);
    }

    public static NominationStatus target(NominationAction a) {
        return STEPS.get(a).to();
    }

    /** Shown to the public: honoured (or replicated) and consented. */
    static final Set<NominationStatus> PUBLIC = EnumSet.of(HONORED, REPLICATED);

    static final Set<NominationStatus> FINAL = EnumSet.of(REJECTED, WITHDRAWN);
}
