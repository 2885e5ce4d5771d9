package vn.thidua.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.ArrayList;
import java.util.List;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;
import vn.thidua.common.FieldError;
import vn.thidua.common.Messages;

/** Salted bcrypt hashes (cost 10) and the password rule: at least 8 characters, a letter and a digit. */
public final class Passwords {
    private static final int COST = 10;
    /** Compared against when the account does not exist, so timing does not reveal usernames. */
    static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-0", COST);

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            Password restored = factory.translate(stored);
            return factory.verify(restored, password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    public static List<FieldError> check(String field, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < 8 || password.length() > 200
                || !password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            errors.add(new FieldError(field, Messages.KEY_PREFIX + "password-rule"));
        }
        return errors;
    }
}
