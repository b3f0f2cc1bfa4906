package io.flowpool.architecture;

import static com.tngtech.archunit.core.domain.JavaModifier.FINAL;
import static com.tngtech.archunit.core.domain.JavaModifier.PRIVATE;
import static com.tngtech.archunit.core.domain.JavaModifier.STATIC;
import static com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds for the shapes of type that nobody can change after construction: records, interfaces,
 * enums and exceptions whose own fields are final, and final classes with only static members. It
 * cannot look inside a record's components; the records copy collections defensively.
 */
final class BeImmutableApiTypes extends ArchCondition<JavaClass> {

  BeImmutableApiTypes() {
    super(
        "be records, interfaces, enums or exceptions with final fields,"
            + " or final classes with only static final fields and static methods");
  }

  @Override
  public void check(JavaClass type, ConditionEvents events) {
    for (String problem : problemsOf(type)) {
      events.add(
          SimpleConditionEvent.violated(
              type,
              "Class <" + type.getName() + "> " + problem + " in " + type.getSourceCodeLocation()));
    }
  }

  private static List<String> problemsOf(JavaClass type) {
    // Synthetic classes (e.g. the switch maps javac writes) are the compiler's, not ours.
    if (type.isRecord() || type.isInterface() || type.getModifiers().contains(SYNTHETIC)) {
      return List.of();
    }
    if (type.isEnum() || type.isAssignableTo(Throwable.class)) {
      return nonFinalFields(type);
    }
    return problemsOfUtilityClass(type);
  }

  private static List<String> nonFinalFields(JavaClass type) {
    List<String> problems = new ArrayList<>();
    for (JavaField field : type.getFields()) {
      if (!field.getModifiers().contains(FINAL)) {
        problems.add("has non-final field <" + field.getName() + ">");
      }
    }
    return problems;
  }

  private static List<String> problemsOfUtilityClass(JavaClass type) {
    List<String> problems = new ArrayList<>();
    if (!type.getModifiers().contains(FINAL)) {
      problems.add("is a class but neither a record nor final");
    }
    type.getFields().stream()
        .filter(field -> !field.getModifiers().containsAll(List.of(STATIC, FINAL)))
        .forEach(
            field -> problems.add("has field <" + field.getName() + "> that is not static final"));
    type.getMethods().stream()
        .filter(method -> !method.getModifiers().contains(STATIC))
        .filter(method -> !method.getModifiers().contains(SYNTHETIC))
        .forEach(method -> problems.add("has instance method <" + method.getName() + ">"));
    type.getConstructors().stream()
        .filter(constructor -> !constructor.getModifiers().contains(PRIVATE))
        .forEach(constructor -> problems.add("has a constructor that is not private"));
    return problems;
  }
}
