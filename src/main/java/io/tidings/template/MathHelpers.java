package io.tidings.template;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Pinpoint's math and encoding helpers: {@code add subtract multiply divide modulo ceiling floor
 * round} on numbers or number text ({@code {{add Attributes.Points 10}}}), and {@code encode64
 * decode64 md5 sha256 sha512 uuid}. Results print without a trailing ".0".
 */
final class MathHelpers {

    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private MathHelpers() {
    }

    static void registerAll(Handlebars handlebars) {
        handlebars.registerHelper("add", arithmetic("add", BigDecimal::add));
        handlebars.registerHelper("subtract", arithmetic("subtract", BigDecimal::subtract));
        handlebars.registerHelper("multiply", arithmetic("multiply", BigDecimal::multiply));
        handlebars.registerHelper("divide", arithmetic("divide", (left, right) -> {
            if (right.signum() == 0) {
                throw new IllegalArgumentException("divide: cannot divide by zero");
            }
            return left.divide(right, DIVISION);
        }));
        handlebars.registerHelper("modulo", arithmetic("modulo", (left, right) -> {
            if (right.signum() == 0) {
                throw new IllegalArgumentException("modulo: cannot divide by zero");
            }
            return left.remainder(right);
        }));
        handlebars.registerHelper("ceiling", rounding("ceiling", value -> value.setScale(0, RoundingMode.CEILING)));
        handlebars.registerHelper("floor", rounding("floor", value -> value.setScale(0, RoundingMode.FLOOR)));
        handlebars.registerHelper("round", rounding("round", value -> value.setScale(0, RoundingMode.HALF_UP)));
        handlebars.registerHelper("encode64", (Object value, Options options) ->
                Base64.getEncoder().encodeToString(text(value).getBytes(StandardCharsets.UTF_8)));
        handlebars.registerHelper("decode64", (Object value, Options options) -> {
            try {
                return new String(Base64.getDecoder().decode(text(value).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("decode64: \"" + text(value) + "\" is not Base64 text", e);
            }
        });
        handlebars.registerHelper("md5", (Object value, Options options) -> digest("MD5", value));
        handlebars.registerHelper("sha256", (Object value, Options options) -> digest("SHA-256", value));
        handlebars.registerHelper("sha512", (Object value, Options options) -> digest("SHA-512", value));
        handlebars.registerHelper("uuid", (Object value, Options options) -> UUID.randomUUID().toString());
    }

    private static com.github.jknack.handlebars.Helper<Object> arithmetic(String name, BinaryOperator<BigDecimal> operation) {
        return (left, options) -> print(operation.apply(number(name, left), number(name, options.param(0, null))));
    }

    private static com.github.jknack.handlebars.Helper<Object> rounding(String name, UnaryOperator<BigDecimal> operation) {
        return (value, options) -> print(operation.apply(number(name, value)));
    }

    static BigDecimal number(String helper, Object value) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        String text = text(value).strip();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(helper + ": \"" + text + "\" is not a number");
        }
    }

    static String print(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String digest(String algorithm, Object value) {
        try {
            byte[] hash = MessageDigest.getInstance(algorithm).digest(text(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }
}
