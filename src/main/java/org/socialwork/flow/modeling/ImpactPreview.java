package org.socialwork.flow.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Before a new version is deployed: for every version with running instances, the activities where they wait and
 * whether the new model has the same activity (same id, same kind), which is what Camunda's generated migration plan
 * ({@code mapEqualActivities}) will map. Instances at an activity that is not kept can only finish on their version.
 */
@Component
public class ImpactPreview {

  private final ProcessCatalog catalog;
  private final RepositoryService repository;

  ImpactPreview(ProcessCatalog catalog, RepositoryService repository) {
    this.catalog = catalog;
    this.repository = repository;
  }

  public record ImpactRow(String definitionId, int version, String activityId, String activityName, String kind,
                          int instances, boolean kept) {
  }

  public List<ImpactRow> of(String processKey, byte[] newXml) {
    BpmnModelInstance next = Bpmn.readModelFromStream(new ByteArrayInputStream(newXml));
    List<ImpactRow> rows = new ArrayList<>();
    for (ProcessCatalog.VersionRow v : catalog.versions(processKey)) {
      if (v.running() == 0) {
        continue;
      }
      BpmnModelInstance current = repository.getBpmnModelInstance(v.definitionId());
      for (ProcessCatalog.ActivityCount count : catalog.waiting(v.definitionId())) {
        ModelElementInstance was = current.getModelElementById(count.activityId());
        ModelElementInstance now = next.getModelElementById(count.activityId());
        String kind = was == null ? "" : was.getElementType().getTypeName();
        boolean kept = now instanceof FlowElement && was != null
            && now.getElementType().getTypeName().equals(kind);
        String name = was instanceof FlowElement f && f.getName() != null ? f.getName() : count.activityId();
        rows.add(new ImpactRow(v.definitionId(), v.version(), count.activityId(), name, kind, count.instances(), kept));
      }
    }
    return rows;
  }
}
