package io.tidings.template;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.TagType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.IntPredicate;

/**
 * Pinpoint's comparison helpers: {@code and eq gt gte lt lte neq not or}. Each works as a block
 * ({@code {{#eq Attributes.Tier "Gold"}}...{{else}}...{{/eq}}}) or inline, where it yields true or
 * false. Endpoint values are text, so two values that both read as numbers compare as numbers
 * ("10" is greater than "9"); anything else compares as text.
 */
final class ConditionHelpers {

    private ConditionHelpers() {
    }

    static void registerAll(Handlebars handlebars) {
        handlebars.registerHelper("eq", comparison(order -> order == 0));
        handlebars.registerHelper("neq", comparison(order -> order != 0));
        handlebars.registerHelper("gt", comparison(order -> order > 0));
        handlebars.registerHelper("gte", comparison(order -> order >= 0));
        handlebars.registerHelper("lt", comparison(order -> order < 0));
        handlebars.registerHelper("lte", comparison(order -> order <= 0));
        handlebars.registerHelper("and", (Object first, Options options) -> {
            boolean all = !Handlebars.Utils.isEmpty(first);
            for (Object parameter : options.params) {
                all &= !Handlebars.Utils.isEmpty(parameter);
            }
            return outcome(all, options);
        });
        handlebars.registerHelper("or", (Object first, Options options) -> {
            boolean any = !Handlebars.Utils.isEmpty(first);
            for (Object parameter : options.params) {
                any |= !Handlebars.Utils.isEmpty(parameter);
            }
            return outcome(any, options);
        });
        handlebars.registerHelper("not", (Object value, Options options) -> outcome(Handlebars.Utils.isEmpty(value), options));
    }

    private static Helper<Object> comparison(IntPredicate test) {
        return (left, options) -> {
            Object right = options.param(0, null);
            return outcome(test.test(compare(left, right)), options);
        };
    }

    static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return left == right ? 0 : left == null ? -1 : 1;
        }
        BigDecimal leftNumber = number(left);
        BigDecimal rightNumber = number(right);
        if (leftNumber != null && rightNumber != null) {
            return leftNumber.compareTo(rightNumber);
        }
        return left.toString().compareTo(right.toString());
    }

    private static BigDecimal number(Object value) {
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object outcome(boolean result, Options options) throws IOException {
        if (options.tagType == TagType.SECTION) {
            return result ? options.fn() : options.inverse();
        }
        return result;
    }
}
