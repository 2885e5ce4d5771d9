package vn.thidua.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.auth.CurrentUser;
import vn.thidua.auth.Role;
import vn.thidua.common.ProblemException;

/**
 * The checking workflow shared by activities and communication outputs: saved records are SUBMITTED; a
 * provincial officer VERIFYs them or FLAGs them with a comment; the author unit fixes a flagged record and
 * RESUBMITs it. Officers (branch and provincial) write; leaders and administrators only read.
 */
@ApplicationScoped
public class Checking {
    @Inject
    CurrentUser currentUser;

    public boolean isWriter() {
        return currentUser.hasRole(Role.BRANCH_OFFICER, Role.PROVINCIAL_OFFICER);
    }

    /** 403 for roles that never record. */
    public void requireWriter() {
        currentUser.require(Role.BRANCH_OFFICER, Role.PROVINCIAL_OFFICER);
    }

    /** Editing and deleting: officers, and only until the record is verified. */
    public boolean editable(CheckStatus status) {
        return isWriter() && status != CheckStatus.VERIFIED;
    }

    public void requireEditable(CheckStatus status) {
        requireWriter();
        if (status == CheckStatus.VERIFIED) {
            throw ProblemException.conflict("record-verified");
        }
    }

    public List<String> allowedActions(CheckStatus status) {
        List<String> out = new ArrayList<>();
        boolean provincial = currentUser.hasRole(Role.PROVINCIAL_OFFICER);
        if (provincial && status == CheckStatus.SUBMITTED) {
            out.add(CheckAction.VERIFY.name());
        }
        if (provincial && status != CheckStatus.FLAGGED) {
            out.add(CheckAction.FLAG.name());
        }
        if (isWriter() && status == CheckStatus.FLAGGED) {
            out.add(CheckAction.RESUBMIT.name());
        }
        return out;
    }

    /** The status after the action: 403 for a role that may never do it, 409 from the wrong status. */
    public CheckStatus apply(CheckStatus status, Transition t) {
        switch (t.action()) {
            case VERIFY, FLAG -> currentUser.require(Role.PROVINCIAL_OFFICER);
            case RESUBMIT -> requireWriter();
        }
        List<String> allowed = allowedActions(status);
        if (!allowed.contains(t.action().name())) {
            throw ProblemException.notAllowed(t.action().name(), allowed);
        }
        if (t.action() == CheckAction.FLAG && (t.comment() == null || t.comment().isBlank())) {
            throw ProblemException.invalid("comment", "flag-comment-required");
        }
        return switch (t.action()) {
            case VERIFY -> CheckStatus.VERIFIED;
            case FLAG -> CheckStatus.FLAGGED;
            case RESUBMIT -> CheckStatus.SUBMITTED;
        };
    }

    /**
     * Applies a checking action to a record: the new status, and who reviewed it when, with the comment
     * (a RESUBMIT answers the flag: its comment stays in the audit log, not on the record).
     */
    public void review(CheckedRecord r, Transition t) {
        r.status = apply(r.status, t);
        if (t.action() == CheckAction.RESUBMIT) {
            r.reviewComment = null;
        } else {
            r.reviewComment = t.comment() == null || t.comment().isBlank() ? null : t.comment().trim();
            r.reviewedBy = actor();
            r.reviewedAt = java.time.Instant.now();
        }
    }

    public String actor() {
        return currentUser.username();
    }
}
