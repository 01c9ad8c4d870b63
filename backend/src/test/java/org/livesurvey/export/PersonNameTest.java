package org.livesurvey.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Zhenhailong Wang            | Zhenhailong       | Wang          |      | Wang",
            "Dilek Hakkani-Tür           | Dilek             | Hakkani-Tür   |      | Hakkani-Tür",
            "Jan van der Berg            | Jan               | van der Berg  |      | Berg",
            "Ludwig van Beethoven        | Ludwig            | van Beethoven |      | Beethoven",
            "Quoc V. Le                  | Quoc V.           | Le            |      | Le",
            "Xin Da Li                   | Xin Da            | Li            |      | Li",
            "Martin Luther King Jr.      | Martin Luther     | King          | Jr.  | King",
            "Henry Ford II               | Henry             | Ford          | II   | Ford",
            "'  Ada   Lovelace  '        | Ada               | Lovelace      |      | Lovelace",
            "Rafailov                    |                   | Rafailov      |      | Rafailov",
            "'Berg, Jan van der'         | Jan van der       | Berg          |      | Berg",
            "'King, Jr., Martin Luther'  | Martin Luther     | King          | Jr.  | King"})
    void splitsDisplayNamesIntoGivenFamilyAndSuffix(String name, String given, String family, String suffix,
                                                    String familyCore) {
        PersonName parsed = PersonName.parse(name);

        assertThat(parsed).isEqualTo(new PersonName(given, family, suffix));
        assertThat(parsed.familyCore()).isEqualTo(familyCore);
    }
}
