package io.github.thaw.testing;

import static io.github.thaw.testing.ThawAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thaw.model.ProcessModel;
import org.junit.jupiter.api.Test;

class MilestoneAssertTest {
  private final ProcessModel model = Fixtures.model();

  @Test
  void requiresAcceptsDirectAndTransitivePrerequisites() {
    assertThat(model)
        .milestone("border")
        .requires("crossing", "railway")
        .requires("gate")
        .requiresDirectly("crossing", "railway")
        .doesNotRequire("envoys")
        .isInfluencedBy("envoys");
  }

  @Test
  void requiresFailsWithTheActualPrerequisites() {
    assertThatThrownBy(() -> assertThat(model).milestone("border").requires("railway", "envoys"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'border' to require 'envoys', directly or through a chain of"
                + " requires,\n"
                + "but its hard prerequisites are only: crossing, railway, gate;"
                + " 'envoys' only influences it (influencedBy), which never caps");
    assertThatThrownBy(() -> assertThat(model).milestone("gate").requires("railway"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'gate' to require 'railway', directly or through a chain of"
                + " requires,\n"
                + "but it has no hard prerequisite");
  }

  @Test
  void requiresNamesAnUnknownPrerequisite() {
    assertThatThrownBy(() -> assertThat(model).milestone("border").requires("crosing"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Milestone 'crosing' is not in model 'Example' (did you mean 'crossing'?)");
  }

  @Test
  void requiresDirectlyShowsTheChainWhenTheLinkIsIndirect() {
    assertThatThrownBy(() -> assertThat(model).milestone("border").requiresDirectly("gate"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'border' to list 'gate' in its requires,\n"
                + "but its requires list is [crossing, railway];"
                + " it requires 'gate' only through border → railway → gate");
    assertThatThrownBy(() -> assertThat(model).milestone("border").requiresDirectly("envoys"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'border' to list 'envoys' in its requires,\n"
                + "but its requires list is [crossing, railway];"
                + " 'envoys' only influences it (influencedBy), which never caps");
  }

  @Test
  void doesNotRequireShowsTheChainOfRequires() {
    assertThatThrownBy(() -> assertThat(model).milestone("border").doesNotRequire("gate"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'border' not to require 'gate',\n"
                + "but it does, through border → railway → gate");
  }

  @Test
  void isInfluencedByFailsWithTheActualInfluences() {
    assertThat(model).milestone("relations").isInfluencedBy("border");
    assertThatThrownBy(() -> assertThat(model).milestone("border").isInfluencedBy("railway"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'border' to be influenced by 'railway' (influencedBy),\n"
                + "but its influencedBy list is [envoys];"
                + " 'railway' is a hard prerequisite (requires), not a soft one");
    assertThatThrownBy(() -> assertThat(model).milestone("gate").isInfluencedBy("envoys"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting milestone 'gate' to be influenced by 'envoys' (influencedBy),\n"
                + "but its influencedBy list is [none]");
  }
}
