package io.flowpool.app.processapplication.benchmark;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The benchmark's application: auto-configuration only, no beans of its own. Deliberately not a
 * {@code @Configuration}, so that component scans of the example application never pick it up.
 */
@EnableAutoConfiguration
class BenchmarkApplication {}
