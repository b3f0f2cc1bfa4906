package io.flowpool.adapter.jpaview;

import io.flowpool.adapter.jpaview.entity.Principals;
import io.flowpool.adapter.jpaview.entity.ProcessDefinitionEntity;
import io.flowpool.adapter.jpaview.sql.SqlParameters;
import io.flowpool.adapter.jpaview.sql.SqlStatement;
import io.flowpool.view.api.CurrentUser;
import io.flowpool.view.api.ProcessDefinitionView;
import io.flowpool.view.port.out.ProcessDefinitionViewStore;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Process definition rows in {@code fp_process_definition}. */
final class JpaProcessDefinitionViewStore implements ProcessDefinitionViewStore {

  private static final String STARTABLE_BY =
      "SELECT d.id, d.definition_key, d.definition_version, d.application_name, d.process_name,"
          + " d.version_tag, d.description, d.form_key, d.startable_from_tasklist,"
          + " d.candidate_starter_users, d.candidate_starter_groups FROM fp_process_definition d"
          + " WHERE d.startable_from_tasklist AND d.principals && %s ORDER BY d.definition_key"
          + " COLLATE \"C\", d.definition_version DESC, d.id COLLATE \"C\"";

  private final ViewDatabase database;

  JpaProcessDefinitionViewStore(ViewDatabase database) {
    this.database = database;
  }

  @Override
  public void save(ProcessDefinitionView definition) {
    database.write(
        () -> {
          String id = definition.processDefinitionId();
          ProcessDefinitionEntity entity =
              database.entities().find(ProcessDefinitionEntity.class, id);
          if (entity == null) {
            entity = new ProcessDefinitionEntity(id);
            entity.write(definition);
            database.entities().persist(entity);
          } else {
            entity.write(definition);
          }
        });
  }

  @Override
  public List<ProcessDefinitionView> findStartableBy(CurrentUser user) {
    SqlParameters parameters = new SqlParameters();
    String readers = parameters.bindTextArray(Principals.ofReader(user, false, true));
    return database.query(
        new SqlStatement(STARTABLE_BY.formatted(readers), parameters.source()),
        (row, index) ->
            new ProcessDefinitionView(
                row.getString("id"),
                row.getString("definition_key"),
                row.getInt("definition_version"),
                row.getString("application_name"),
                row.getString("process_name"),
                row.getString("version_tag"),
                row.getString("description"),
                row.getString("form_key"),
                row.getBoolean("startable_from_tasklist"),
                texts(row.getArray("candidate_starter_users")),
                texts(row.getArray("candidate_starter_groups"))));
  }

  private static Set<String> texts(Array array) throws SQLException {
    return Set.copyOf(Arrays.asList((String[]) array.getArray()));
  }
}
