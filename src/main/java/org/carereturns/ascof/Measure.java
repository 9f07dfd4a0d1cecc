package org.carereturns.ascof;

import java.util.List;

/** An ASCOF measure as councils see it: its code, old code, description and the rows it has. */
public record Measure(String code, String oldCode, String description, List<String> groups) {

    static final String WA = "18-64";
    static final String OLD = "65+";
    static final String TOTAL = "Total";
    static final String LD = "18-64 Learning Disability";
    static final List<String> ALL = List.of(WA, OLD, TOTAL);

    public static final Measure M2A = new Measure("2A", "2D", "Proportion of people who received short-term services "
            + "during the year, who previously were not receiving services, where no further request was made for "
            + "ongoing support (%)", ALL);
    public static final Measure M2B = new Measure("2B", "2A(1)", "Long-term support needs of younger adults (aged "
            + "18-64) met by admission to residential and nursing care homes, per 100,000 population", List.of(WA));
    public static final Measure M2C = new Measure("2C", "2A(2)", "Long-term support needs of older adults (aged 65 "
            + "and over) met by admission to residential and nursing care homes, per 100,000 population", List.of(OLD));
    public static final Measure M2D = new Measure("2D", "2B", "Proportion of older people (65 and over) who were still "
            + "at home 91 days after discharge from hospital into reablement/rehabilitation services (%)", List.of(OLD));
    public static final Measure M2E = new Measure("2E", "1G", "Proportion of people who receive long-term support who "
            + "live in their home or with family (%)", List.of(WA, OLD, TOTAL, LD));
    public static final Measure M3D1 = new Measure("3D1", "1C(1A)", "Proportion of people who use services who "
            + "receive self-directed support (%)", ALL);
    public static final Measure M3D2 = new Measure("3D2", "1C(2A)", "Proportion of people who use services who "
            + "receive direct payments (%)", ALL);
    public static final Measure M3D1C = new Measure("3D1 Carers", "1C(1B)", "Proportion of carers who receive "
            + "self-directed support (%)", ALL);
    public static final Measure M3D2C = new Measure("3D2 Carers", "1C(2B)", "Proportion of carers who receive direct "
            + "payments (%)", ALL);
    public static final Measure M1E = new Measure("1E", "1E", "Proportion of adults with a learning disability in "
            + "paid employment (%)", List.of(WA));

    /** In the order of the Measures sheet and returns.csv (2D is reported, but has no cells). */
    public static final List<Measure> ALL_MEASURES = List.of(M2A, M2B, M2C, M2D, M2E, M3D1, M3D2, M3D1C, M3D2C, M1E);
}
