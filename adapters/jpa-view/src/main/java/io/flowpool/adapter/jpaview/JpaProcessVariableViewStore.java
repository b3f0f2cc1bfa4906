package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.ProcessVariableEntity;
import io.flowpool.adapter.jpaview.entity.ProcessVariableKey;
import io.flowpool.view.api.ProcessVariableView;
import io.flowpool.view.port.out.ProcessVariableViewStore;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;

/** Process variable rows in {@code fp_process_variable}, values as jsonb. */
final class JpaProcessVariableViewStore implements ProcessVariableViewStore {

  private static final String OF_INSTANCE =
      "SELECT v.* FROM fp_process_variable v WHERE v.process_instance_id = :instance";
  private static final String NAMED = " AND v.name IN (:names)";
  private static final String ORDER =
      " ORDER BY v.name COLLATE \"C\", v.variable_instance_id COLLATE \"C\"";

  private final ViewDatabase database;

  JpaProcessVariableViewStore(ViewDatabase database) {
    this.database = database;
  }

  @Override
  public void save(ProcessVariableView variable) {
    database.write(
        () -> {
          ProcessVariableKey key =
              new ProcessVariableKey(variable.processInstanceId(), variable.variableInstanceId());
          ProcessVariableEntity entity = database.entities().find(ProcessVariableEntity.class, key);
          if (entity == null) {
            entity = new ProcessVariableEntity(key);
            entity.write(variable, database.json());
            database.entities().persist(entity);
          } else {
            entity.write(variable, database.json());
          }
        });
  }

  @Override
  public void delete(String processInstanceId, String variableInstanceId) {
    database.write(
        () -> {
          ProcessVariableEntity entity =
              database
                  .entities()
                  .find(
                      ProcessVariableEntity.class,
                      new ProcessVariableKey(processInstanceId, variableInstanceId));
          if (entity != null) {
            database.entities().remove(entity);
          }
        });
  }

  @Override
  public List<ProcessVariableView> findForInstance(String processInstanceId, Set<String> names) {
    database.flushPendingWrites();
    Query query =
        database
            .entities()
            .createNativeQuery(
                OF_INSTANCE + (names.isEmpty() ? "" : NAMED) + ORDER, ProcessVariableEntity.class)
            .setParameter("instance", processInstanceId);
    if (!names.isEmpty()) {
      query.setParameter("names", List.copyOf(names));
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(row -> ((ProcessVariableEntity) row).toView(database.json())).toList();
  }
}
