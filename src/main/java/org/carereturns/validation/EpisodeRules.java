package org.carereturns.validation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.codes.CodeList;
import org.carereturns.ingest.Records.Episode;

import static org.carereturns.ingest.Schema.*;

/**
 * SSDA903 episodes of care, one row per episode. A case system's extract may hold every episode of
 * the children in it, from any year. Overlapping episodes (EPI-01) are found once all are read
 * ({@link Ssda903Rules}); an episode has no ID of its own, so there is no repeated-ID rule.
 */
public final class EpisodeRules extends ChildRules<Episode> {

    static final String X = "episodes";
    static final RuleSet RULES = new RuleSet(X);
    public static final Rule ID = RULES.error("EPI-02", CHILD_ID, "Child ID is required.");
    public static final Rule R141 = RULES.error("141", DECOM, "Date episode began is not a valid date.");
    public static final Rule R143 = RULES.warning("143", RNE,
            "The reason for new episode code is not a valid code. (Kept, not used by any return.)");
    public static final Rule R144 = RULES.error("144", LEGAL_STATUS, "The legal status code is not a valid code.");
    public static final Rule R145 = RULES.warning("145", CIN,
            "Category of need code is not a valid code. (Kept, not used by any return.)");
    public static final Rule R146 = RULES.warning("146", PLACE,
            "Placement type code is not a valid code. (Kept, not used by any return.)");
    public static final Rule R147 = RULES.error("147", DEC, "Date episode ceased is not a valid date.");
    public static final Rule CEASED_BEFORE = RULES.error("EPI-03", DEC,
            "Date Episode Ceased must not be before the Date Episode Commenced.");
    public static final Rule R148 = RULES.error("148", DEC + ", " + REC,
            "Date episode ceased and reason episode ceased must both be coded, or both left blank.");
    public static final Rule R149 = RULES.error("149", REC, "Reason episode ceased code is not valid.");

    public static final List<String> LEGAL_STATUSES = List.of("C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2",
            "L3", "V2", "V3", "V4");
    public static final List<String> REASONS_CEASED = List.of("E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2",
            "E3", "E41", "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9", "X1");
    static final List<String> REASONS_NEW = List.of("S", "P", "L", "T", "U", "B");
    static final List<String> NEEDS = List.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    static final List<String> PLACEMENTS = List.of("A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1",
            "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1");

    public EpisodeRules() {
        super(RULES, ID, Ssda903Rules.OVERLAP);
    }

    @Override
    public Map<String, CodeList> codeLists() {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        lists.put(RNE, CodeList.of(RNE, REASONS_NEW.toArray(String[]::new)));
        lists.put(LEGAL_STATUS, CodeList.of(LEGAL_STATUS, LEGAL_STATUSES.toArray(String[]::new)));
        lists.put(CIN, CodeList.of(CIN, NEEDS.toArray(String[]::new)));
        lists.put(PLACE, CodeList.of(PLACE, PLACEMENTS.toArray(String[]::new)));
        lists.put(REC, CodeList.of(REC, REASONS_CEASED.toArray(String[]::new)));
        return lists;
    }

    @Override
    protected Episode read(RowCheck row) {
        String child = row.required(CHILD_ID, ID);
        LocalDate commenced = row.requiredDate(DECOM, R141);
        code(row, RNE, REASONS_NEW, R143);
        String legalStatus = row.blank(LEGAL_STATUS) ? null : code(row, LEGAL_STATUS, LEGAL_STATUSES, R144);
        if (row.blank(LEGAL_STATUS)) {
            row.fail(R144, LEGAL_STATUS, "", R144.description() + " (" + LEGAL_STATUS + " is blank.)");
        }
        code(row, CIN, NEEDS, R145);
        code(row, PLACE, PLACEMENTS, R146);
        LocalDate ceased = row.optionalDate(DEC, R147);
        String reason = code(row, REC, REASONS_CEASED, R149);
        if (row.blank(DEC) != row.blank(REC)) {
            row.fail(R148, row.blank(DEC) ? DEC : REC, "", R148.description() + " (Date Episode Ceased '"
                    + row.shown(DEC) + "', Reason Episode Ceased '" + row.shown(REC) + "')");
        }
        if (commenced != null && ceased != null && ceased.isBefore(commenced)) {
            row.fail(CEASED_BEFORE, DEC, row.shown(DEC), "Date Episode Ceased " + ceased
                    + " is before the Date Episode Commenced " + commenced + ".");
        }
        return new Episode(child, commenced, legalStatus, ceased, reason);
    }

    /** Episodes have no ID of their own: overlapping episodes are EPI-01's, checked across rows. */
    @Override
    public String duplicateKey(String recordId, java.util.Collection<String> rulesBroken) {
        return null;
    }
}
