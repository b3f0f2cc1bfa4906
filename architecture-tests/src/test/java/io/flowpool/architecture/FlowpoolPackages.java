package io.flowpool.architecture;

import java.util.List;
import java.util.stream.Stream;

/**
 * The package patterns of Flowpool's layers under one root package: {@code io.flowpool} for the
 * real code, a fixture package for the tests that prove each rule can fail.
 */
public record FlowpoolPackages(String root) {

  /** The bounded contexts of the domain; {@code common} is the shared kernel. */
  public static final List<String> CONTEXTS = List.of("common", "taskpool", "datapool", "view");

  /** The adapters, each named for the technology it adapts. */
  public static final List<String> ADAPTERS =
      List.of("axon", "camunda", "amqp", "jpaview", "inmemoryview", "rest");

  public String context(String context) {
    return root + "." + context + "..";
  }

  public String api(String context) {
    return root + "." + context + ".api..";
  }

  public String useCases(String context) {
    return root + "." + context + ".usecase..";
  }

  /** Every domain context, present or future. */
  public String[] domain() {
    return CONTEXTS.stream().map(this::context).toArray(String[]::new);
  }

  public String[] apis() {
    return CONTEXTS.stream().map(this::api).toArray(String[]::new);
  }

  public String[] ports() {
    return CONTEXTS.stream()
        .flatMap(
            context ->
                Stream.of(
                    root + "." + context + ".port.in..", root + "." + context + ".port.out.."))
        .toArray(String[]::new);
  }

  public String adapter(String adapter) {
    return root + ".adapter." + adapter + "..";
  }

  /** One slice per adapter, named by the package under {@code adapter}. */
  public String adapterSlices() {
    return root + ".adapter.(*)..";
  }

  public String applications() {
    return root + ".app..";
  }

  /** One slice per application, named by the package under {@code app}. */
  public String applicationSlices() {
    return root + ".app.(*)..";
  }

  /** One slice per package, to look for cycles. */
  public String everyPackage() {
    return root + ".(**)";
  }
}
