package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures leave the API as a 503 (retry later) rather than a 500: the shapes the soak met. */
class DatabaseUnavailableTest {
    @Test
    void aCommitWhoseConnectionBrokeIsUnavailableThoughTheLinkFailureIsOnlySuppressed() {
        // as Narayana reports a commit during the database's shutdown (make soak, db-outage)
        XAException xa = new XAException("Error trying to transactionCommit local transaction: Communications link failure");
        xa.initCause(new CommunicationsException("Communications link failure", null));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        Throwable thrown = new ArcUndeclaredThrowableException("Error invoking subclass method", rollback);
        assertTrue(ProblemMappers.databaseUnavailable(thrown));
    }

    @Test
    void aBatchOnAStatementTheDriverClosedWithItsConnectionIsUnavailable() {
        // Hibernate's batched update after the server went away (make soak, db-outage)
        java.sql.SQLException driver = new java.sql.SQLException("No operations allowed after statement closed.",
                "S1009", 0, new com.mysql.cj.exceptions.StatementIsClosedException("No operations allowed after statement closed."));
        Throwable thrown = new org.hibernate.exception.GenericJDBCException("could not execute batch", driver);
        assertTrue(ProblemMappers.databaseUnavailable(thrown));
    }

    @Test
    void aPoolTimeoutIsUnavailableAndAProgrammingErrorIsNot() {
        assertTrue(ProblemMappers.databaseUnavailable(new IllegalStateException(
                new java.sql.SQLException("Sorry, acquisition timeout!"))));
        RollbackException rollback = new RollbackException("Could not commit");
        rollback.addSuppressed(new IllegalArgumentException("not a sha256"));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException(rollback)));
        Throwable selfSuppressing = new IllegalStateException("loop");
        selfSuppressing.addSuppressed(new RuntimeException(selfSuppressing));
        assertFalse(ProblemMappers.databaseUnavailable(selfSuppressing));
    }
}
