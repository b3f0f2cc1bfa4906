package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.ProcessInstanceEntity;
import io.flowpool.view.api.ProcessInstanceState;
import io.flowpool.view.api.ProcessInstanceView;
import io.flowpool.view.api.ResultPage;
import io.flowpool.view.model.PageRequest;
import io.flowpool.view.port.out.ProcessInstanceViewStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Process instance rows in {@code fp_process_instance}. */
final class JpaProcessInstanceViewStore implements ProcessInstanceViewStore {

  private static final String IN_STATES =
      "SELECT i.* FROM fp_process_instance i WHERE i.state IN (:states) ORDER BY i.id COLLATE"
          + " \"C\" LIMIT :size OFFSET :offset";
  private static final String COUNT_IN_STATES =
      "SELECT count(*) FROM fp_process_instance i WHERE i.state IN (:states)";

  private final ViewDatabase database;

  JpaProcessInstanceViewStore(ViewDatabase database) {
    this.database = database;
  }

  @Override
  public Optional<ProcessInstanceView> load(String processInstanceId) {
    return Optional.ofNullable(
            database.entities().find(ProcessInstanceEntity.class, processInstanceId))
        .map(ProcessInstanceEntity::toView);
  }

  @Override
  public void save(ProcessInstanceView instance) {
    database.write(
        () -> {
          String id = instance.processInstanceId();
          ProcessInstanceEntity entity = database.entities().find(ProcessInstanceEntity.class, id);
          if (entity == null) {
            entity = new ProcessInstanceEntity(id);
            entity.write(instance);
            database.entities().persist(entity);
          } else {
            entity.write(instance);
          }
        });
  }

  @Override
  public ResultPage<ProcessInstanceView> findByStates(
      Set<ProcessInstanceState> states, PageRequest page) {
    if (states.isEmpty()) {
      return new ResultPage<>(List.of(), page.page(), page.size(), 0);
    }
    List<String> names = states.stream().map(Enum::name).toList();
    database.flushPendingWrites();
    List<?> rows =
        database
            .entities()
            .createNativeQuery(IN_STATES, ProcessInstanceEntity.class)
            .setParameter("states", names)
            .setParameter("size", page.size())
            .setParameter("offset", page.offset())
            .getResultList();
    Number total =
        (Number)
            database
                .entities()
                .createNativeQuery(COUNT_IN_STATES)
                .setParameter("states", names)
                .getSingleResult();
    return new ResultPage<>(
        rows.stream().map(row -> ((ProcessInstanceEntity) row).toView()).toList(),
        page.page(),
        page.size(),
        total.longValue());
  }
}
