package app.waymark.ilr.reader;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ILR's rules for single fields: formats and code lists. The ULN check digit is deliberately not enforced: the
 * funder's own sample file holds a ULN that fails it and must load (docs/decisions/0007-ilr-reader.md).
 */
final class IlrFieldRules {

    /** Every ILR number the portal reads is a non-negative int; signs and decimals are not ILR. */
    static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    static final Pattern UKPRN = Pattern.compile("[1-9][0-9]{7}");
    static final Pattern LEARN_REF_NUMBER = Pattern.compile("[A-Za-z0-9 ]{1,12}");
    /** The general UK format (outward code, optional space, inward code); {@code ZZ99 9ZZ} = not known fits it. */
    static final Pattern POSTCODE = Pattern.compile("GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    static final Pattern TEL_NO = Pattern.compile("[0-9]{1,18}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    static final Pattern LEARN_AIM_REF = Pattern.compile("[A-Za-z0-9]{1,8}");
    /** FAM and employment monitoring types: SOF, ACT, SEI, ... */
    static final Pattern MONITORING_TYPE = Pattern.compile("[A-Z]{3}");
    static final Pattern FAM_CODE = Pattern.compile("[A-Za-z0-9]{1,5}");
    static final Pattern EMP_ID = Pattern.compile("[0-9]{9}");

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_EMAIL_LENGTH = 100;

    static final List<Integer> EMP_STATS = List.of(10, 11, 12, 98);
    static final List<Integer> AIM_TYPES = List.of(1, 3, 4, 5);
    static final List<Integer> COMP_STATUSES = List.of(1, 2, 3, 6);
    static final List<Integer> OUTCOMES = List.of(1, 2, 3, 8);
    static final int MIN_AIM_SEQ_NUMBER = 1;
    static final int MAX_AIM_SEQ_NUMBER = 98;
    static final int COMP_STATUS_COMPLETED = 2;
    static final int COMP_STATUS_WITHDRAWN = 3;

    static final String RUI = "RUI";
    static final String PMC = "PMC";
    static final int MAX_RUI_CODE = 7;
    static final int MAX_PMC_CODE = 6;

    private static final Pattern ULN_FORMAT = Pattern.compile("[0-9]{10}");

    private IlrFieldRules() {
    }

    /** What is wrong with a (non-empty) ULN, or null when it is valid. */
    static String ulnProblem(String uln) {
        if (!ULN_FORMAT.matcher(uln).matches()) {
            return "ULN must be 10 digits";
        }
        if (uln.charAt(0) == '0') {
            return "ULN must not start with 0";
        }
        return null;
    }

}
