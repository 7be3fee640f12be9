package org.isnad.model;

/** Kinds of named things the engine tracks. */
public enum EntityType {
  PERSON, ORG, PLACE, OUTLET, ROLE, OTHER
}
