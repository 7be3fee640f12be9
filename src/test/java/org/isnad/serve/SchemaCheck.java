package org.isnad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A strict reading of the OpenAPI document's schemas against an answer: every field of an
 * answer is documented, every required field is there, types and enumerations hold. Covers the
 * parts of JSON Schema the document uses ($ref, allOf, type, enum, properties, required, items,
 * additionalProperties).
 */
final class SchemaCheck {
  private final JsonNode document;
  private final List<String> errors = new ArrayList<>();

  SchemaCheck(JsonNode document) {
    this.document = document;
  }

  List<String> check(JsonNode value, JsonNode schema, String where) {
    walk(value, schema, where);
    return errors;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    while (s.has("$ref")) {
      s = document.at(s.get("$ref").asText().substring(1));
    }
    if (!s.has("allOf")) {
      return s;
    }
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    ObjectNode properties = merged.putObject("properties");
    for (JsonNode part : s.get("allOf")) {
      JsonNode r = resolve(part);
      r.fields().forEachRemaining(f -> {
        if (f.getKey().equals("properties")) {
          f.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
        } else {
          merged.set(f.getKey(), f.getValue());
        }
      });
    }
    return merged;
  }

  private void walk(JsonNode value, JsonNode raw, String where) {
    JsonNode schema = resolve(raw);
    if (schema.has("type") && !typeFits(value, schema.get("type"))) {
      errors.add(where + ": " + value.getNodeType() + " is not " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      errors.add(where + ": " + value + " not in " + schema.get("enum"));
    }
    if (value.isObject()) {
      object(value, schema, where);
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(value.get(i), schema.get("items"), where + "[" + i + "]");
      }
    }
  }

  private void object(JsonNode value, JsonNode schema, String where) {
    JsonNode properties = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (properties.has(f.getKey())) {
        walk(f.getValue(), properties.get(f.getKey()), where + "." + f.getKey());
      } else if (schema.has("additionalProperties")) {
        walk(f.getValue(), schema.get("additionalProperties"), where + "." + f.getKey());
      } else if (properties.size() > 0) {
        errors.add(where + ": undocumented field " + f.getKey());
      }
    }
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        errors.add(where + ": missing " + required.asText());
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean typeFits(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeFits(value, t)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "null" -> value.isNull();
      default -> false;
    };
  }
}
