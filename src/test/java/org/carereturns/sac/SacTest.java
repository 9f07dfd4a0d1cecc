package org.carereturns.sac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carereturns.support.ReturnRun.cellsOf;
import static org.carereturns.support.ReturnRun.d;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.support.TestFiles;
import org.carereturns.support.ReturnRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Safeguarding Adults Collection from a hand-built cohort for 2024-25; every cell worked out below. */
class SacTest {

    static final List<String> COLUMNS = List.of("Concern ID", "Person ID", "Date of Birth", "Gender", "Ethnicity",
            "Primary Support Reason", "Concern Date", "Enquiry Type", "Enquiry Start Date", "Enquiry End Date",
            "Type of Risk", "Location of Risk", "Source of Risk", "Action and Outcome", "Risk Result", "Lacked Capacity",
            "Advocate", "MSP Asked", "MSP Outcomes Achieved");
    static final String SP = "Service Provider";
    static final String KNOWN = "Other - Known to Individual";
    static final String UNKNOWN = "Other - Unknown to Individual";
    static final String RIAT = "Risk identified and action taken";
    static final String EXPRESSED = "Yes, they were asked and outcomes were expressed";
    static final String WHITE = "White: English, Welsh, Scottish, Northern Irish or British";

    @TempDir
    Path dir;

    /**
     * Ages on 31 March 2025: P1 74, P2 85, P3 44, P4 97, P5 64, P6 79, P7 89, P8 34, P9 69, P10 74, P11 74.
     * G3's concern predates the period but its enquiry starts in it; G4 is open; G5 is an Other enquiry;
     * G12 concludes after the period; G13 is wholly before it.
     */
    private ReturnRun cohort(boolean population) {
        ReturnRun run = new ReturnRun(dir).extract("safeguarding.xlsx", COLUMNS);
        Object[][] rows = {
            {"G1", "P1", d("1950-06-01"), "Female", WHITE, "Physical Support: Personal care support", d("2024-05-01"),
                "S42", d("2024-05-03"), d("2024-06-01"), "Physical Abuse; Neglect and Acts of Omission", "Own Home",
                SP + "; " + KNOWN, RIAT, "Risk removed", "Yes", "Yes", EXPRESSED, "Fully achieved"},
            {"G2", "P1", d("1950-06-01"), "Female", WHITE, "Physical Support: Personal care support", d("2024-09-01"),
                null, null, null, null, null, null, null, null, null, null, null, null},
            {"G3", "P2", d("1940-01-01"), "Male", "Asian or Asian British: Indian", "Support with Memory & Cognition",
                d("2024-03-20"), "Section 42", d("2024-04-02"), d("2024-05-10"), "Financial or Material Abuse",
                "Care Home - Residential", UNKNOWN, "Risk identified and no action taken", null, null, null, null, null},
            {"G4", "P3", d("1980-06-01"), "Other", null, "Learning Disability Support", d("2024-07-01"), "S42",
                d("2024-07-05"), null, null, null, null, null, null, null, null, null, null},
            {"G5", "P4", d("1928-01-01"), "Female", "Black / African / Caribbean / Black British", "No Support Reason",
                d("2024-08-01"), "Other", d("2024-08-02"), d("2024-08-30"), null, null, null, null, null, null, null,
                null, null},
            {"G6", "P5", d("1960-06-01"), "Male", "White", "Mental Health Support", d("2024-10-01"), "S42",
                d("2024-10-02"), d("2024-11-01"), "Self-Neglect", "Hospital - Acute", KNOWN,
                "Risk assessment inconclusive and action taken", null, "No", null, "No", null},
            {"G7", "P6", d("1945-06-01"), "Female", "Mixed / Multiple", "Sensory Support: Support for visual impairment",
                d("2024-11-01"), "S42", d("2024-11-02"), d("2024-12-01"), "Domestic Abuse", "Other", KNOWN,
                "Risk assessment inconclusive and no action taken", null, "Don't know", null,
                "Yes, they were asked but no outcomes were expressed", null},
            {"G8", "P7", d("1935-06-01"), "Male", "Other Ethnic Group", "Social Support: Substance misuse support",
                d("2024-12-01"), "S42", d("2024-12-02"), d("2025-01-10"), "Organisational Abuse", "Care Home - Nursing",
                SP, "No risk identified and action taken", null, "No", null, "Don't know", null},
            {"G9", "P8", d("1990-06-01"), "Female", "Refused", null, d("2025-01-05"), "S42", d("2025-01-06"),
                d("2025-02-01"), "Sexual Abuse", "In the Community (excluding community services)", UNKNOWN,
                "No risk identified and no action taken", null, "No", null, EXPRESSED, "Partially achieved"},
            {"G10", "P9", d("1955-06-01"), "Female", WHITE, "Mental Health Support", d("2025-02-01"), "S42",
                d("2025-02-02"), d("2025-03-01"), "Psychological Abuse", "In a Community Service", SP,
                "Enquiry ceased at individual's request and no action taken", null, "Yes", "No", EXPRESSED, "Not achieved"},
            {"G11", "P10", d("1950-06-01"), "Female", WHITE, "Physical Support: Personal care support", d("2025-02-10"),
                "S42", d("2025-02-11"), d("2025-03-10"), "Physical Abuse", "Own Home", KNOWN, RIAT, "Risk reduced",
                "Yes", null, EXPRESSED, "Fully achieved"},
            {"G12", "P11", d("1950-06-01"), "Female", WHITE, "No Support Reason", d("2025-03-01"), "S42",
                d("2025-03-05"), d("2025-04-10"), "Physical Abuse", "Own Home", SP, "No risk identified and no action taken",
                null, null, null, null, null},
            {"G13", "P12", d("1950-06-01"), "Female", WHITE, null, d("2023-10-01"), "S42", d("2023-10-02"),
                d("2023-11-01"), "Physical Abuse", "Own Home", SP, "No risk identified and no action taken", null, null,
                null, null, null},
        };
        for (Object[] r : rows) {
            run.row("safeguarding.xlsx", r);
        }
        if (population) {
            // 1,000 at each age 0-89 and 500 aged 90+: 72 x 1,000 + 500 = 72,500 adults.
            run.extract("population.xlsx", List.of("Age", "Population"));
            for (int age = 0; age <= 89; age++) {
                run.row("population.xlsx", age, 1000);
            }
            run.row("population.xlsx", "90+", 500);
        }
        return run;
    }

    @Test
    void theCollectionCellByCell() throws Exception {
        ReturnRun run = cohort(true).yearEnd();
        String c = "Safeguarding Concerns";
        String s = "Section 42 Enquiries";
        String o = "Other Enquiries";
        // Concerns in the period: P1 (twice: one individual), P3-P11. S42 started in the period: P1, P2 (concern
        // before, enquiry inside), P3 (open), P5-P11. Other: P4.
        run.assertTable("SG1a", cellsOf("18-64|" + c, 3, "18-64|" + s, 3, "65-74|" + c, 4, "65-74|" + s, 4,
                "75-84|" + c, 1, "75-84|" + s, 1, "85-94|" + c, 1, "85-94|" + s, 2, "95+|" + c, 1, "95+|" + o, 1,
                "Total|" + c, 10, "Total|" + s, 10, "Total|" + o, 1));
        // Gender Other (P3) counts as Not Known.
        run.assertTable("SG1b", cellsOf("Male|" + c, 2, "Male|" + s, 3, "Female|" + c, 7, "Female|" + s, 6,
                "Female|" + o, 1, "Not Known|" + c, 1, "Not Known|" + s, 1, "Total|" + c, 10, "Total|" + s, 10,
                "Total|" + o, 1));
        // ONS categories map to their group; blank (P3) is Undeclared / Not Known.
        run.assertTable("SG1c", cellsOf("White|" + c, 5, "White|" + s, 5, "Asian / Asian British|" + s, 1,
                "Mixed / Multiple|" + c, 1, "Mixed / Multiple|" + s, 1,
                "Black / African / Caribbean / Black British|" + c, 1, "Black / African / Caribbean / Black British|" + o, 1,
                "Other Ethnic Group|" + c, 1, "Other Ethnic Group|" + s, 1, "Refused|" + c, 1, "Refused|" + s, 1,
                "Undeclared / Not Known|" + c, 1, "Undeclared / Not Known|" + s, 1,
                "Total|" + c, 10, "Total|" + s, 10, "Total|" + o, 1));
        run.assertTable("SG1d", cellsOf("Physical Support|" + s, 2, "Sensory Support|" + s, 1,
                "Support with Memory and Cognition|" + s, 1, "Learning Disability Support|" + s, 1,
                "Mental Health Support|" + s, 2, "Social Support|" + s, 1, "No Support Reason|" + s, 1,
                "Not Known|" + s, 1, "Total|" + s, 10));
        run.assertTable("SG1f", cellsOf("Total Number of Safeguarding Concerns|Cases", 11,
                "Total Number of Section 42 Safeguarding Enquiries|Cases", 10,
                "Total Number of Other Safeguarding Enquiries|Cases", 1));
        // Concluded in the period: G1, G3, G6, G7, G8, G9, G10, G11 (8). G1 has two types x two sources.
        run.assertTable("SG2a", cellsOf("Physical Abuse|" + SP, 1, "Physical Abuse|" + KNOWN, 2, "Physical Abuse|Total", 3,
                "Neglect and Acts of Omission|" + SP, 1, "Neglect and Acts of Omission|" + KNOWN, 1,
                "Neglect and Acts of Omission|Total", 2, "Financial or Material Abuse|" + UNKNOWN, 1,
                "Financial or Material Abuse|Total", 1, "Self-Neglect|" + KNOWN, 1, "Self-Neglect|Total", 1,
                "Domestic Abuse|" + KNOWN, 1, "Domestic Abuse|Total", 1, "Organisational Abuse|" + SP, 1,
                "Organisational Abuse|Total", 1, "Sexual Abuse|" + UNKNOWN, 1, "Sexual Abuse|Total", 1,
                "Psychological Abuse|" + SP, 1, "Psychological Abuse|Total", 1,
                "Total|" + SP, 4, "Total|" + KNOWN, 5, "Total|" + UNKNOWN, 2, "Total|Total", 11));
        run.assertTable("SG2b", cellsOf("Own Home|" + SP, 1, "Own Home|" + KNOWN, 2, "Own Home|Total", 3,
                "Care Home - Residential|" + UNKNOWN, 1, "Care Home - Residential|Total", 1,
                "Hospital - Acute|" + KNOWN, 1, "Hospital - Acute|Total", 1, "Other|" + KNOWN, 1, "Other|Total", 1,
                "Care Home - Nursing|" + SP, 1, "Care Home - Nursing|Total", 1,
                "In the Community (excluding community services)|" + UNKNOWN, 1,
                "In the Community (excluding community services)|Total", 1,
                "In a Community Service|" + SP, 1, "In a Community Service|Total", 1,
                "Total|" + SP, 3, "Total|" + KNOWN, 4, "Total|" + UNKNOWN, 2, "Total|Total", 9));
        String k = "Concluded Section 42 Enquiries";
        run.assertTable("SG2c", cellsOf(RIAT + "|" + k, 2, "Risk identified and no action taken|" + k, 1,
                "Risk assessment inconclusive and action taken|" + k, 1,
                "Risk assessment inconclusive and no action taken|" + k, 1, "No risk identified and action taken|" + k, 1,
                "No risk identified and no action taken|" + k, 1,
                "Enquiry ceased at individual's request and no action taken|" + k, 1, "Total|" + k, 8));
        run.assertTable("SG2e", cellsOf("Risk Removed|" + k, 1, "Risk Reduced|" + k, 1, "Total|" + k, 2));
        // Capacity: Yes G1, G10, G11; No G6, G8, G9; Don't know G7; blank G3 -> Not recorded. Advocate: G1 only.
        run.assertTable("SG3a", cellsOf("Yes, they lacked capacity|" + k, 3, "No, they did not lack capacity|" + k, 3,
                "Don't know|" + k, 1, "Not recorded|" + k, 1, "Total|" + k, 8,
                "Of which: support provided by an advocate, family or friend|" + k, 1));
        // MSP: expressed G1, G9, G10, G11; asked, none expressed G7; No G6; Don't know G8; blank G3 -> Not recorded.
        run.assertTable("SG4a", cellsOf(EXPRESSED + "|" + k, 4,
                "Yes, they were asked but no outcomes were expressed|" + k, 1, "No|" + k, 1, "Don't know|" + k, 1,
                "Not recorded|" + k, 1, "Total|" + k, 8, "Fully achieved|" + k, 2, "Partially achieved|" + k, 1,
                "Not achieved|" + k, 1));
        assertThat(run.cell("Derived", "Total Enquiries", "Value")).isEqualTo("11");           // 10 S42 + 1 Other
        assertThat(run.cell("Derived", "Conversion Rate (%)", "Value")).isEqualTo("100.0");    // 11 / 11 concerns
        assertThat(run.cell("Derived", "Proportion Section 42 (%)", "Value")).isEqualTo("90.9"); // 10 / 11
        assertThat(run.cell("Derived", "MSP recorded (%)", "Value")).isEqualTo("87.5");        // 7 / 8
        assertThat(run.cell("Derived", "Risk removed or reduced (%)", "Value")).isEqualTo("100.0"); // 2 / 2
        assertThat(run.cell("Derived", "Advocate where capacity lacking (%)", "Value")).isEqualTo("33.3"); // 1 / 3
        assertThat(run.cell("Derived", "Concerns per 100,000 adults", "Value")).isEqualTo("15.2"); // 11 / 72,500
        assertThat(run.manifest()).contains("\"concern, enquiry start and conclusion all outside the period\": 1");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(run.output().resolve("SAC.xlsx")))) {
            var checks = TestFiles.dataRows(wb.getSheet("Checks"));
            assertThat(checks).hasSize(7);
            for (var row : checks) {
                assertThat(row.getCell(2).getStringCellValue())
                        .as(row.getCell(0) + ": " + row.getCell(3)).isEqualTo("Pass");
            }
            var qualitySheet = wb.getSheet("Data quality");
            var quality = TestFiles.dataRows(qualitySheet);
            // MSP 7/8, capacity 7/8 of concluded S42; ethnicity 10/11 and PSR 10/11 of concerns in the period.
            assertThat(quality.get(0).getCell(2).getNumericCellValue()).isEqualTo(7);
            assertThat(quality.get(1).getCell(2).getNumericCellValue()).isEqualTo(7);
            assertThat(quality.get(2).getCell(2).getNumericCellValue()).isEqualTo(10);
            assertThat(quality.get(3).getCell(3).getNumericCellValue()).isEqualTo(11);
            assertThat(qualitySheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void withoutAPopulationTheRateIsEmpty() throws Exception {
        ReturnRun run = cohort(false).yearEnd();
        assertThat(run.cell("Derived", "Concerns per 100,000 adults", "Value")).isEmpty();
        assertThat(run.cell("Derived", "Total Enquiries", "Value")).isEqualTo("11");
    }
}
