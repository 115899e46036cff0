package org.socialwork.flow.modeling;

import java.util.Optional;

/** What is already deployed, as the model rules need to know it. */
public interface DeployedModels {

  /** The latest deployed form with this key (its file name and content), if any. */
  Optional<ModelFile> latestForm(String formKey);

  /** The latest deployed DMN file holding a decision with this key, if any. */
  Optional<ModelFile> latestDecision(String decisionKey);

  /** Whether a group of this id exists in the user store. */
  boolean groupExists(String groupId);

  /** A model file: its resource name and bytes. */
  record ModelFile(String name, byte[] bytes) {
  }
}
