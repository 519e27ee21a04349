/* Netwerkkaart: the model's relation edits and their rules (README.md). */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText || require("../common/text.js");
  var gettext = Text.gettext, format = Text.format;
  var NOTE_MAX = 500, EXPLANATION_MAX = 1000;

  function pairKey(first, second, type) {
    return (first < second ? first + "|" + second : second + "|" + first) + "|" + type;
  }
  function locked() { return { error: gettext("This map can no longer be changed.") }; }
  function atMost(text, limit) { return format(text, { limit: limit }); }

  var WeerbaarNetworkRelations = {
    EXPLANATION_MAX: EXPLANATION_MAX,
    /** Why an edit of item is refused ({error}), or null: the item must exist, the map be open, check pass. */
    editRefused: function (item, changes, check) {
      if (!item || this.readOnly) { return locked(); }
      var problem = check.call(this, item, changes);
      return problem ? { error: problem } : null;
    },
    /** An author's explanation (of an actor or a relation) that is too long, or null. */
    explanationProblem: function (changes) {
      if (!("explanation" in changes) || changes.explanation.length <= EXPLANATION_MAX) { return null; }
      return atMost(gettext("An explanation can have at most {limit} characters."), EXPLANATION_MAX);
    },
    duplicate: function (source, target, type, exceptId) {
      var key = pairKey(source, target, type);
      return this.state.relations.some(function (relation) {
        return relation.id !== exceptId && pairKey(relation.source, relation.target, relation.type) === key;
      });
    },
    checkRelation: function (source, target, type, exceptId) {
      if (!this.actorById[source] || !this.actorById[target]) {
        return gettext("Choose two actors that are on the map.");
      }
      if (source === target) { return gettext("A relation needs two different actors."); }
      if (!this.relationTypes[type]) { return gettext("Choose a type of relation."); }
      if (this.duplicate(source, target, type, exceptId)) {
        return format(gettext("There is already a relation of this type between {source} and {target}."),
          { source: this.actorLabel(source), target: this.actorLabel(target) });
      }
      return null;
    },
    /** A relation drawn on the canvas takes the first type still free between its two actors. */
    freeType: function (spec) {
      var self = this, kinds = this.config.relation_types;
      if (spec.type) { return spec.type; }
      var free = kinds.filter(function (kind) { return !self.duplicate(spec.source, spec.target, kind.id); })[0];
      return free ? free.id : kinds[0].id;
    },
    addRelation: function (spec) {
      if (this.readOnly) { return locked(); }
      if (this.state.relations.length >= this.limits.relations) {
        var full = gettext("The map is full: it may hold at most {limit} relations.");
        return { error: atMost(full, this.limits.relations) };
      }
      var type = this.freeType(spec), problem = this.checkRelation(spec.source, spec.target, type);
      if (problem) { return { error: problem }; }
      var relation = {
        source: spec.source, target: spec.target, type: type, direction: spec.direction || "none",
        strength: spec.strength || "normal"
      };
      if (this.author) {
        relation.explanation = spec.explanation || "";
      } else {
        relation.note = (spec.note || "").trim();
        relation.flags = [];
      }
      if (relation.note && relation.note.length > NOTE_MAX) {
        return { error: atMost(gettext("A note can have at most {limit} characters."), NOTE_MAX) };
      }
      this.counter += 1;
      relation.id = (this.author ? "ref" : "r") + this.counter;
      this.remember();
      this.state.relations.push(relation);
      this.reindex();
      var message = format(gettext("Relation added: {relation}."), { relation: this.relationText(relation) });
      this.emit({ action: "add", kind: "relation", id: relation.id, message: message });
      return { ok: true, id: relation.id };
    },
    checkRelationChanges: function (relation, changes) {
      if ("type" in changes) {
        var problem = this.checkRelation(relation.source, relation.target, changes.type, relation.id);
        if (problem) { return problem; }
      }
      if ("note" in changes) {
        changes.note = changes.note.trim();
        if (changes.note.length > NOTE_MAX) {
          return atMost(gettext("A note can have at most {limit} characters."), NOTE_MAX);
        }
      }
      return this.explanationProblem(changes);
    },
    updateRelation: function (id, changes) {
      var relation = this.relationById[id], refused = this.editRefused(relation, changes, this.checkRelationChanges);
      if (refused) { return refused; }
      var changed = Object.keys(changes).filter(function (key) { return relation[key] !== changes[key]; });
      if (!changed.length) { return { ok: true }; }
      this.remember();
      changed.forEach(function (key) { relation[key] = changes[key]; });
      this.reindex();
      var message = format(gettext("Relation changed: {relation}."), { relation: this.relationText(relation) });
      this.emit({ action: "update", kind: "relation", id: id, message: message });
      return { ok: true };
    },
    reverse: function (id) {
      var relation = this.relationById[id];
      if (!relation) { return { error: "" }; }
      return this.updateRelation(id, {
        source: relation.target, target: relation.source,
        direction: relation.direction === "none" ? "one-way" : relation.direction
      });
    },
    removeRelation: function (id) {
      var relation = this.relationById[id];
      if (!relation || this.readOnly) { return locked(); }
      var text = this.relationText(relation);
      this.remember();
      this.state.relations = this.state.relations.filter(function (item) { return item.id !== id; });
      this.reindex();
      var message = format(gettext("Relation removed: {relation}."), { relation: text });
      this.emit({ action: "remove", kind: "relation", id: id, message: message });
      return { ok: true };
    }
  };
  global.WeerbaarNetworkRelations = WeerbaarNetworkRelations;
  if (typeof module !== "undefined" && module.exports) { module.exports = WeerbaarNetworkRelations; }
})(typeof window !== "undefined" ? window : globalThis);
