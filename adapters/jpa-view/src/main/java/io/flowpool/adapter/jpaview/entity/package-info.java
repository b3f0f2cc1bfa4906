/**
 * The view's rows as Hibernate entities, written by the projection: tasks, data entries with their
 * protocol, process definitions, instances and variables, and the sequence guard's progress. Each
 * entity takes a domain view record as a whole ({@code write}) and gives it back ({@code toView}).
 */
package io.flowpool.adapter.jpaview.entity;
