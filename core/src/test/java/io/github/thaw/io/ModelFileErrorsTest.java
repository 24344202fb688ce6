package io.github.thaw.io;

import static io.github.thaw.io.TestModels.problems;
import static io.github.thaw.io.TestModels.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.thaw.model.Location;
import io.github.thaw.model.ModelException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every class of error, with its exact message and location. */
class ModelFileErrorsTest {
  private static final String MILESTONE_KEYS =
      "allowed: id, name, dimension, weight, description, requires, influencedBy, scored";
  private static final String KEBAB =
      "is not lower-kebab-case (letters a-z, digits and single hyphens, e.g. 'border-opening')";

  @Nested
  class Keys {
    @Test
    void unknownKeysAreReportedAtEveryLevelWithAHintAndTheAllowedKeys() {
      // GIVEN a typo in a key at each level of the file
      String file =
          """
          name: U
          nmae: typo
          dimensions:
            - {id: d, name: D, wieght: 2}
          milestones:
            - id: m
              name: M
              dimension: d
              requries: [x]
          sources:
            - {id: s, outlit: O}
          events:
            - {date: 2020, sources: [s], notes: n}
          """;
      // WHEN it is read THEN each key is named where it was, with what it should have been
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:2:1: nmae: unknown key 'nmae' in model (did you mean 'name'?);"
                  + " allowed: name, asOf, dimensions, milestones, sources, events",
              "m.yaml:4:22: dimensions[0].wieght: unknown key 'wieght' in dimension"
                  + " (did you mean 'weight'?); allowed: id, name, weight, description, scored",
              "m.yaml:9:5: milestones[0].requries: unknown key 'requries' in milestone"
                  + " (did you mean 'requires'?); "
                  + MILESTONE_KEYS,
              "m.yaml:11:13: sources[0].outlit: unknown key 'outlit' in source"
                  + " (did you mean 'outlet'?); allowed: id, outlet, title, published, locator,"
                  + " reliability",
              "m.yaml:13:32: events[0].notes: unknown key 'notes' in event"
                  + " (did you mean 'note'?); allowed: date, milestone, status, sources, note");
    }

    @Test
    void anUnknownKeyFarFromAnyAllowedOneHasNoHint() {
      assertThat(problems("name: U\ncolour: red\n", "m.yaml"))
          .containsExactly(
              "m.yaml:2:1: colour: unknown key 'colour' in model;"
                  + " allowed: name, asOf, dimensions, milestones, sources, events");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "model without name | dimensions: []"
              + " | m.yaml:1:1: missing required key 'name' in model",
          "dimension without name | name: N\\ndimensions: [{id: d}]"
              + " | m.yaml:2:14: dimensions[0]: missing required key 'name' in dimension",
          "dimension without id | name: N\\ndimensions: [{name: D}]"
              + " | m.yaml:2:14: dimensions[0]: missing required key 'id' in dimension",
          "source without id | name: N\\nsources: [{title: T}]"
              + " | m.yaml:2:11: sources[0]: missing required key 'id' in source",
          "event without date | name: N\\nsources: [{id: s}]\\nevents: [{sources: [s]}]"
              + " | m.yaml:3:10: events[0]: missing required key 'date' in event",
          "event without sources | name: N\\nevents: [{date: 2020}]"
              + " | m.yaml:2:10: events[0]: missing required key 'sources' in event",
        })
    void missingRequiredKeysAreReportedAtTheirMapping(String name, String file, String problem) {
      // GIVEN a mapping without a required key WHEN read THEN the mapping is blamed, once
      assertThat(problems(file.replace("\\n", "\n"), "m.yaml")).containsExactly(problem);
    }

    @Test
    void aMilestoneMissingSeveralKeysGetsOneProblemPerKey() {
      assertThat(problems("name: N\nmilestones:\n  - id: m\n", "m.yaml"))
          .containsExactly(
              "m.yaml:3:5: milestones[0]: missing required key 'name' in milestone",
              "m.yaml:3:5: milestones[0]: missing required key 'dimension' in milestone");
    }

    @Test
    void duplicateKeysAreReportedWithTheFirstPosition() {
      // GIVEN a key given twice in YAML and in JSON
      // WHEN read THEN the second is blamed and the first is said to win
      assertThat(problems("name: A\nname: B\n", "m.yaml"))
          .containsExactly(
              "m.yaml:2:1: name: duplicate key 'name' in model (first at line 1, column 1)");
      assertThat(problems("{\"name\": \"A\", \"name\": \"B\"}", "m.json"))
          .containsExactly(
              "m.json:1:15: name: duplicate key 'name' in model (first at line 1, column 2)");
    }
  }

  @Nested
  class Types {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "list for text | m.yaml | name: [a]" + " | m.yaml:1:7: name: expected text, found a list",
          "null for text | m.yaml | name: ~" + " | m.yaml:1:7: name: expected text, found null",
          "mapping for a list | m.yaml | name: N\\nmilestones: {id: m}"
              + " | m.yaml:2:13: milestones: expected a list, found a mapping",
          "text for a list | m.yaml | name: N\\nsources: [{id: s}]\\nevents: [{date: 2020,"
              + " sources: s}]"
              + " | m.yaml:3:32: events[0].sources: expected a list, found text 's' (write [s])",
          "text for a mapping | m.yaml | name: N\\nmilestones: [m]"
              + " | m.yaml:2:14: milestones[0]: expected a mapping (milestone), found text 'm'",
          "text for a number | m.yaml | name: N\\ndimensions: [{id: d, name: D, weight: heavy}]"
              + " | m.yaml:2:39: dimensions[0].weight: expected a number, found text 'heavy'",
          "quoted number | m.yaml | name: N\\ndimensions: [{id: d, name: D, weight: '2'}]"
              + " | m.yaml:2:39: dimensions[0].weight: expected a number, found text '2'",
          "mapping for a date | m.yaml | name: N\\nasOf: {year: 2020}"
              + " | m.yaml:2:7: asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found a"
              + " mapping",
          "number for text in JSON | m.json | {\"name\": 12}"
              + " | m.json:1:10: name: expected text, found number 12",
          "boolean for text in JSON | m.json | {\"name\": true}"
              + " | m.json:1:10: name: expected text, found true",
          "fraction for a date in JSON | m.json | {\"name\": \"N\", \"asOf\": 1993.5}"
              + " | m.json:1:23: asOf: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found"
              + " number 1993.5",
          "text for a number in JSON | m.json | {\"name\": \"N\", \"dimensions\": [{\"id\": \"d\","
              + " \"name\": \"D\", \"weight\": \"NaN\"}]}"
              + " | m.json:1:65: dimensions[0].weight: expected a number, found text 'NaN'",
        })
    void wrongTypesNameWhatWasExpectedAndFound(
        String name, String fileName, String file, String problem) {
      // GIVEN a value of the wrong type WHEN read THEN it is located with both types named
      assertThat(problems(file.replace("\\n", "\n"), fileName)).containsExactly(problem);
    }

    @Test
    void longValuesAreClippedAndControlCharactersEscapedInMessages() {
      // GIVEN text where a number belongs: 45 characters, then one with a tab, a newline and DEL
      String long45 = "x".repeat(45);
      String json =
          "{\"name\": \"N\", \"dimensions\": [{\"id\": \"d\", \"name\": \"D\", \"weight\": \""
              + long45
              + "\"}, {\"id\": \"e\", \"name\": \"E\", \"weight\": \"a\\tb\\nc\\u007f\\u00a0\"}]}";
      // WHEN read THEN the first shows 40 characters and an ellipsis, the second its escapes
      assertThat(problems(json, "m.json"))
          .containsExactly(
              "m.json:1:65: dimensions[0].weight: expected a number, found text '"
                  + "x".repeat(40)
                  + "…'",
              "m.json:1:150: dimensions[1].weight: expected a number, found text"
                  + " 'a\\u0009b\\nc\\u007f\u00a0'");
    }
  }

  @Nested
  class Values {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "2023-02-30 | date '2023-02-30' is not a date: 2023-02 has 28 days",
          "2022-13 | date '2022-13' is not a date: month 13 is outside 01..12",
          "2024-00 | date '2024-00' is not a date: month 00 is outside 01..12",
          "0000 | date '0000' is not a date: year 0 is outside 0001..9999",
          "22-07-01 | date '22-07-01' is not of the form YYYY, YYYY-MM or YYYY-MM-DD",
          "July 2022 | date 'July 2022' is not of the form YYYY, YYYY-MM or YYYY-MM-DD",
        })
    void badDatesGiveTheDateParsersMessage(String date, String message) {
      // GIVEN a date that is not one of the three forms, or not a real day
      String file = "name: N\nasOf: " + date + "\n";
      // WHEN read THEN the message is the model's own, at the value
      assertThat(problems(file, "m.yaml")).containsExactly("m.yaml:2:7: asOf: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "DONE | status 'DONE' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED",
          "agreed | status 'agreed' is not on the scale NOT_STARTED, AGREED, IN_PROGRESS,"
              + " COMPLETED (did you mean 'AGREED'?)",
          "in progress | status 'in progress' is not on the scale NOT_STARTED, AGREED,"
              + " IN_PROGRESS, COMPLETED (did you mean 'IN_PROGRESS'?)",
        })
    void statusesOffTheScaleGiveTheScale(String status, String message) {
      String file =
          "name: N\ndimensions: [{id: d, name: D}]\nmilestones: [{id: m, name: M, dimension: d}]\n"
              + "sources: [{id: s}]\nevents:\n  - {date: 2020, milestone: m, status: "
              + status
              + ", sources: [s]}\n";
      assertThat(problems(file, "m.yaml"))
          .containsExactly("m.yaml:6:40: events[0].status: " + message);
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({
      ".nan, 1:.nan",
      ".NaN, 1:.NaN",
      ".inf, 1:.inf",
      "-.inf, 1:-.inf",
      "-1, 1:-1",
      "-0.5, 1:-0.5"
    })
    void weightsMustBeFiniteAndNotNegative(String weight, String shown) {
      // GIVEN a weight that YAML reads as a number but is NaN, infinite or negative
      String file = "name: N\ndimensions:\n  - id: d\n    name: D\n    weight: " + weight + "\n";
      // WHEN read THEN it is refused as written
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:5:13: dimensions[0].weight: weight must be a finite number >= 0, found "
                  + shown.substring(2));
    }

    @Test
    void badIdsGiveTheModelsMessage() {
      // GIVEN ids that are not lower-kebab-case where they are declared and referenced
      String file =
          """
          name: Ids
          dimensions: [{id: Borders, name: B}, {id: d, name: D}]
          milestones:
            - {id: Border_Opening, name: X, dimension: d}
            - {id: ok, name: Ok, dimension: d, requires: [Bad Ref]}
          sources: [{id: s}]
          events: [{date: 2020, milestone: NOT-OK, status: AGREED, sources: [s]}]
          """;
      // WHEN read THEN each id is refused with the model's message where it stands
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:2:19: dimensions[0].id: dimension id 'Borders' is not lower-kebab-case"
                  + " (e.g. 'borders')",
              "m.yaml:4:10: milestones[0].id: milestone id 'Border_Opening' " + KEBAB,
              "m.yaml:5:49: milestones[1].requires[0]: milestone id 'Bad Ref' " + KEBAB,
              "m.yaml:7:34: events[0].milestone: milestone id 'NOT-OK' " + KEBAB);
    }

    @Test
    void blankTextsAreRefused() {
      String file =
          """
          name: Blank
          dimensions: [{id: d, name: " "}]
          milestones: [{id: m, name: "", dimension: d}]
          sources: [{id: "  "}]
          """;
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:2:28: dimensions[0].name: dimension name must not be blank",
              "m.yaml:3:28: milestones[0].name: milestone name must not be blank",
              "m.yaml:4:16: sources[0].id: source id must not be blank");
    }

    @Test
    void statusAndMilestoneGoTogether() {
      String file =
          """
          name: Pairs
          dimensions: [{id: d, name: D}]
          milestones: [{id: m, name: M, dimension: d}]
          sources: [{id: s}]
          events:
            - {date: 2020, status: AGREED, sources: [s]}
            - {date: 2021, milestone: m, sources: [s]}
          """;
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:6:5: events[0]: event sets status AGREED but names no milestone;"
                  + " add milestone, or drop status for a context event",
              "m.yaml:7:5: events[1]: event names milestone 'm' but no status;"
                  + " add status (one of NOT_STARTED, AGREED, IN_PROGRESS, COMPLETED)");
    }
  }

  @Nested
  class ModelRules {
    @Test
    void aCycleAndAnUnknownKeyAreBothReportedAndLocated() {
      // GIVEN a file with a dependency cycle and an unknown key
      String file =
          """
          name: Cycle
          dimensions: [{id: d, name: D}]
          milestones:
            - id: a
              name: A
              dimension: d
              requires: [b]
            - id: b
              name: B
              dimension: d
              influencedBy: [a]
              colour: red
          """;
      // WHEN read THEN both are reported, in file order
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:7:16: milestones[0].requires[0]: dependency cycle: a → b → a",
              "m.yaml:12:5: milestones[1].colour: unknown key 'colour' in milestone; "
                  + MILESTONE_KEYS);
    }

    @Test
    void skippedElementsAndItemsDoNotShiftLocations() {
      // GIVEN an invalid milestone before a valid one, and an invalid item before an unknown one
      String file =
          """
          name: Shift
          dimensions: [{id: d, name: D}]
          milestones:
            - {id: Bad Id, name: X, dimension: d}
            - {id: a, name: A, dimension: d, requires: [Nope, ghost]}
          """;
      // WHEN read THEN the model's problem names the file's indices, not the builder's
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:4:10: milestones[0].id: milestone id 'Bad Id' " + KEBAB,
              "m.yaml:5:47: milestones[1].requires[0]: milestone id 'Nope' " + KEBAB,
              "m.yaml:5:53: milestones[1].requires[1]: Milestone 'ghost' is not in model 'Shift'");
    }

    @Test
    void duplicateIdsPointToTheFirstDeclarationInTheFile() {
      // GIVEN a milestone without dimension, one without id, then a duplicate of the first
      String file =
          """
          name: Dup
          dimensions: [{id: d, name: D}, {id: d, name: Again}]
          milestones:
            - {id: x, name: X}
            - {name: no id, dimension: d}
            - {id: x, name: X2, dimension: d}
          sources: [{id: s}, {id: s}]
          """;
      // WHEN read THEN the duplicate names the first by file index and position, and the stand-in
      // dimension of the first milestone raises nothing more
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:2:37: dimensions[1].id: dimension 'd' is declared twice"
                  + " (first at dimensions[0], line 2, column 14)",
              "m.yaml:4:5: milestones[0]: missing required key 'dimension' in milestone",
              "m.yaml:5:5: milestones[1]: missing required key 'id' in milestone",
              "m.yaml:6:10: milestones[2].id: milestone 'x' is declared twice"
                  + " (first at milestones[0], line 4, column 5)",
              "m.yaml:7:25: sources[1].id: source 's' is declared twice"
                  + " (first at sources[0], line 7, column 11)");
    }

    @Test
    void referencesToUnknownThingsAreLocatedWithAHint() {
      String file =
          """
          name: Ev
          dimensions: [{id: borders, name: D}]
          milestones:
            - {id: m, name: M, dimension: bordrs, requires: [m2], influencedBy: [m2]}
            - {id: m2, name: M2, dimension: borders}
            - {id: m3, name: M3, dimension: borders, requires: [m, m]}
          sources: [{id: s1}, {id: s2}]
          events:
            - {date: 2020, milestone: n, status: AGREED, sources: [s1, s3, s1]}
          """;
      assertThat(problems(file, "m.yaml"))
          .containsExactly(
              "m.yaml:4:33: milestones[0].dimension: Dimension 'bordrs' is not in model 'Ev'"
                  + " (did you mean 'borders'?)",
              "m.yaml:4:72: milestones[0].influencedBy[0]: milestone 'm' lists 'm2' both in"
                  + " requires and influencedBy; keep one",
              "m.yaml:6:58: milestones[2].requires[1]: milestone 'm3' lists 'm' twice in requires",
              "m.yaml:9:29: events[0].milestone: Milestone 'n' is not in model 'Ev'"
                  + " (did you mean 'm'?)",
              "m.yaml:9:62: events[0].sources[1]: Source 's3' is not in model 'Ev'"
                  + " (did you mean 's1'?)",
              "m.yaml:9:66: events[0].sources[2]: event cites source 's1' twice");
    }

    @Test
    void anEmptySourceListIsTheModelsProblemAndABlankNameToo() {
      String file = "{\"name\": \" \",\n \"events\": [{\"date\": \"2020\", \"sources\": []}]}";
      assertThat(problems(file, "m.json"))
          .containsExactly(
              "m.json:1:10: name: model name must not be blank",
              "m.json:2:41: events[0].sources: event cites no source; every event needs at least"
                  + " one");
    }
  }

  @Test
  void everyProblemCarriesFileLineColumnAndPath() {
    // GIVEN a bad value WHEN read THEN its Problem holds the parts of its location separately
    ModelException e =
        catchThrowableOfType(
            ModelException.class,
            () -> yaml("name: N\ndimensions: [{id: d, name: D, weight: -2}]\n"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).location())
        .isEqualTo(new Location("m.yaml", 2, 39, "dimensions[0].weight"));
    assertThat(e.getMessage())
        .isEqualTo(
            "1 problem:\n  m.yaml:2:39: dimensions[0].weight: weight must be a finite number >= 0,"
                + " found -2");
  }

  @Test
  void problemsComeSortedByPosition() {
    List<String> found =
        problems(
            "name: N\nmilestones: [{id: a, name: A, dimension: x, requires: [b]}]\nzz: 1\n",
            "m.yaml");
    assertThat(found)
        .containsExactly(
            "m.yaml:2:42: milestones[0].dimension: Dimension 'x' is not in model 'N'",
            "m.yaml:2:56: milestones[0].requires[0]: Milestone 'b' is not in model 'N'"
                + " (did you mean 'a'?)",
            "m.yaml:3:1: zz: unknown key 'zz' in model;"
                + " allowed: name, asOf, dimensions, milestones, sources, events");
  }
}
