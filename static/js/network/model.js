/* Netwerkkaart: the map's state in the browser: actors, relations, undo, rules (README.md). */
(function (global) {
  "use strict";
  var Text = global.WeerbaarText || require("../common/text.js");
  var Geometry = global.WeerbaarNetworkGeometry || require("./geometry.js");
  var Relations = global.WeerbaarNetworkRelations || require("./relations.js");
  var gettext = Text.gettext, ngettext = Text.ngettext, format = Text.format;
  var LABEL_MAX = 80, EXPLANATION_MAX = Relations.EXPLANATION_MAX, UNDO_MAX = 100;

  function clone(value) { return JSON.parse(JSON.stringify(value)); }
  function byId(list) { var found = {}; list.forEach(function (item) { found[item.id] = item; }); return found; }
  function locked() { return { error: gettext("This map can no longer be changed.") }; }
  function atMost(text, limit) { return format(text, { limit: limit }); }

  function Model(config, map, options) {
    options = options || {};
    this.author = !!options.author;
    this.readOnly = !!options.readOnly;
    this.allowFree = options.allowFree !== false;
    this.limits = options.limits || { actors: 60, relations: 150 };
    this.listeners = [];
    this.undoStack = [];
    this.redoStack = [];
    this.counter = 0;
    this.setConfig(config, true);
    this.load(map || { actors: [], relations: [] });
  }

  Model.prototype = {
    load: function (map) {
      var self = this;
      this.state = { actors: clone(map.actors || []), relations: clone(map.relations || []) };
      this.state.actors.concat(this.state.relations).forEach(function (item) {
        var number = parseInt(String(item.id).replace(new RegExp("^[a-z]+"), ""), 10);
        if (!isNaN(number)) { self.counter = Math.max(self.counter, number); }
      });
      this.state.actors.forEach(function (actor) { self.snap(actor); });
      this.reindex();
    },
    reindex: function () {
      var incident = {};
      this.actorById = byId(this.state.actors);
      this.relationById = byId(this.state.relations);
      this.state.actors.forEach(function (actor) { incident[actor.id] = []; });
      this.state.relations.forEach(function (relation) {
        (incident[relation.source] = incident[relation.source] || []).push(relation.id);
        (incident[relation.target] = incident[relation.target] || []).push(relation.id);
      });
      this.incident = incident;
      this.spread = Geometry.spread(this.config, this.state.actors);
    },
    setConfig: function (config, quiet) {
      this.config = config;
      this.rings = byId(config.rings);
      this.sectors = byId(config.sectors || []);
      this.actorTypes = byId(config.actor_types);
      this.relationTypes = byId(config.relation_types);
      this.palette = byId(config.palette || []);
      if (quiet || !this.state) { return; }
      this.state.actors.forEach(this.snap, this);
      this.reindex();
      this.emit({ action: "config" });
    },
    actors: function () { return this.state.actors; },
    relations: function () { return this.state.relations; },
    actor: function (id) { return this.actorById[id]; },
    relation: function (id) { return this.relationById[id]; },
    relationsOf: function (actorId) {
      var self = this;
      return (this.incident[actorId] || []).map(function (id) { return self.relationById[id]; });
    },
    toJSON: function () { return clone(this.state); },
    on: function (listener) { this.listeners.push(listener); },
    emit: function (event) { this.listeners.forEach(function (listener) { listener(event); }); },

    ringLabel: function (id) { return this.rings[id] ? this.rings[id].label : ""; },
    sectorLabel: function (id) { return id && this.sectors[id] ? this.sectors[id].label : ""; },
    typeLabel: function (id) { return this.actorTypes[id] ? this.actorTypes[id].label : ""; },
    relationTypeLabel: function (id) { return this.relationTypes[id] ? this.relationTypes[id].label : ""; },
    actorLabel: function (id) { return this.actorById[id] ? this.actorById[id].label : "?"; },
    relationText: function (relation) {
      var arrow = { "one-way": " → ", both: " ↔ " }[relation.direction] || " — ";
      return this.actorLabel(relation.source) + arrow + this.actorLabel(relation.target) +
        " (" + this.relationTypeLabel(relation.type) + ")";
    },

    band: function (ringId) { return Geometry.band(this.config.rings, ringId); },
    ringAt: function (x, y) { return Geometry.ringAt(this.config.rings, x, y); },
    sectorSpan: function () { return Geometry.sectorSpan(this.config.sectors); },
    sectorAt: function (x, y) { return Geometry.sectorAt(this.config.sectors, x, y); },
    sectorRange: function (sectorId) { return Geometry.sectorRange(this.config.sectors, sectorId); },
    place: function (actor, near) {
      var all = this.state.actors;
      var spread = Geometry.spread(this.config, all.concat(all.indexOf(actor) < 0 ? actor : []));
      return Geometry.place(this.config, all, actor, near, spread);
    },
    tidy: function () {
      if (this.readOnly) { return; }
      var placed = [], self = this;
      this.remember();
      this.state.actors.map(function (actor) {  // inner rings first; each cell along its arc
        var start = (self.sectorRange(actor.sector) || [-90])[0], band = self.band(actor.ring);
        var middle = (band[0] + band[1]) / 2, radians = start * Math.PI / 180;
        return [self.config.rings.indexOf(self.rings[actor.ring]) * 1000 + start + 90 +
          (Math.atan2(actor.y, actor.x) * 180 / Math.PI - start + 720) % 360 / 360, actor,
          { x: middle * Math.cos(radians), y: middle * Math.sin(radians) }];
      }).sort(function (one, two) { return one[0] - two[0]; }).forEach(function (entry) {
        var point = Geometry.place(self.config, placed, entry[1], entry[2], self.spread);
        entry[1].x = point.x;
        entry[1].y = point.y;
        placed.push(entry[1]);
      });
      this.emit({ action: "reset", message: gettext("The map has been tidied up.") });
    },
    snap: function (actor) { Geometry.snap(this.config, actor); },

    remember: function () {
      this.undoStack.push(JSON.stringify(this.state));
      if (this.undoStack.length > UNDO_MAX) { this.undoStack.shift(); }
      this.redoStack = [];
    },
    canUndo: function () { return !this.readOnly && this.undoStack.length > 0; },
    canRedo: function () { return !this.readOnly && this.redoStack.length > 0; },
    undo: function () { return this.travel(this.undoStack, this.redoStack, gettext("Undone.")); },
    redo: function () { return this.travel(this.redoStack, this.undoStack, gettext("Redone.")); },
    travel: function (from, to, message) {
      if (this.readOnly || !from.length) { return false; }
      to.push(JSON.stringify(this.state));
      this.state = JSON.parse(from.pop());
      this.reindex();
      this.emit({ action: "reset", message: message });
      return true;
    },
    replace: function (map) {
      this.undoStack = [];
      this.redoStack = [];
      this.load(map);
      this.emit({ action: "reset" });
    },

    checkLabel: function (label) {
      if (!label) { return gettext("Give the actor a name."); }
      if (label.length > LABEL_MAX) {
        return format(gettext("A name can have at most {limit} characters."), { limit: LABEL_MAX });
      }
      return null;
    },
    paletteUsed: function (paletteId) {
      return this.state.actors.some(function (actor) { return actor.palette === paletteId; });
    },
    newActor: function (spec) {
      var actor = { palette: null, ring: spec.ring, sector: spec.sector || null, flags: [] };
      if (!this.rings[actor.ring]) { return { error: gettext("Choose a ring.") }; }
      if (spec.palette) {
        var entry = this.palette[spec.palette];
        if (!entry) { return { error: gettext("Choose an actor from the list.") }; }
        if (this.paletteUsed(spec.palette)) {
          return { error: format(gettext("{label} is already on the map."), { label: entry.label }) };
        }
        actor.palette = entry.id;
        actor.label = entry.label;
        actor.type = entry.type;
        return actor;
      }
      if (!this.allowFree || this.author) { return { error: gettext("Choose an actor from the list.") }; }
      actor.label = (spec.label || "").trim();
      actor.type = spec.type;
      var problem = this.checkLabel(actor.label);
      if (problem) { return { error: problem }; }
      if (!this.actorTypes[actor.type]) { return { error: gettext("Choose a type.") }; }
      return actor;
    },
    addActor: function (spec) {
      if (this.readOnly) { return locked(); }
      if (this.state.actors.length >= this.limits.actors) {
        return { error: atMost(gettext("The map is full: it may hold at most {limit} actors."), this.limits.actors) };
      }
      var actor = this.newActor(spec);
      if (actor.error) { return actor; }
      if (this.author) {
        actor.id = actor.palette;
        actor.explanation = "";
        delete actor.flags;
      } else {
        this.counter += 1;
        actor.id = "a" + this.counter;
      }
      var point = this.place(actor, spec.near);
      actor.x = point.x;
      actor.y = point.y;
      this.remember();
      this.state.actors.push(actor);
      this.reindex();
      var message = format(gettext("{label} added to the ring {ring}."), {
        label: actor.label, ring: this.ringLabel(actor.ring)
      });
      this.emit({ action: "add", kind: "actor", id: actor.id, message: message });
      return { ok: true, id: actor.id };
    },
    checkActorChanges: function (actor, changes) {
      if ("label" in changes) {
        if (actor.palette) {
          delete changes.label;
        } else {
          changes.label = changes.label.trim();
          var problem = this.checkLabel(changes.label);
          if (problem) { return problem; }
        }
      }
      if ("type" in changes && (actor.palette || !this.actorTypes[changes.type])) { delete changes.type; }
      if ("ring" in changes && !this.rings[changes.ring]) { return gettext("Choose a ring."); }
      if ("sector" in changes && changes.sector && !this.sectors[changes.sector]) { changes.sector = null; }
      return this.explanationProblem(changes);
    },
    updateActor: function (id, changes) {
      var actor = this.actorById[id], refused = this.editRefused(actor, changes, this.checkActorChanges);
      if (refused) { return refused; }
      var changed = Object.keys(changes).filter(function (key) {
        return JSON.stringify(actor[key]) !== JSON.stringify(changes[key]);
      });
      if (!changed.length) { return { ok: true }; }
      this.remember();
      changed.forEach(function (key) { actor[key] = changes[key]; });
      var message = format(gettext("{label} changed."), { label: actor.label });
      if (changed.indexOf("ring") >= 0 || changed.indexOf("sector") >= 0) {
        this.snap(actor);
        var point = this.place(actor, { x: actor.x, y: actor.y });
        actor.x = point.x;
        actor.y = point.y;
        message = this.whereMessage(actor);
      }
      this.emit({ action: "update", kind: "actor", id: id, message: message });
      return { ok: true };
    },
    whereMessage: function (actor) {
      var text = format(gettext("{label} is now in the ring {ring}."), {
        label: actor.label, ring: this.ringLabel(actor.ring)
      });
      if (!actor.sector) { return text; }
      return text + " " + format(gettext("Sector: {sector}."), { sector: this.sectorLabel(actor.sector) });
    },
    dismissFlags: function (kind, id) {
      var item = kind === "actor" ? this.actorById[id] : this.relationById[id];
      if (!item || !item.flags || !item.flags.length) { return; }
      this.remember();
      item.flags = [];
      this.emit({ action: "update", kind: kind, id: id, message: gettext("Marked as checked.") });
    },
    beginMove: function (id) { this.moving = { id: id, before: JSON.stringify(this.state) }; },
    moveActor: function (id, x, y) {
      var actor = this.actorById[id];
      if (!actor || this.readOnly) { return; }
      actor.x = Geometry.clamp(x);
      actor.y = Geometry.clamp(y);
      this.emit({ action: "move", kind: "actor", id: id });
    },
    endMove: function (id) {
      var actor = this.actorById[id], moving = this.moving;
      this.moving = null;
      if (!actor || !moving) { return; }
      var ring = this.ringAt(actor.x, actor.y);
      var sector = this.sectorSpan() ? this.sectorAt(actor.x, actor.y) : actor.sector;
      var changedPlace = ring !== actor.ring || sector !== actor.sector;
      if (moving.before === JSON.stringify(this.state)) { return; }
      this.undoStack.push(moving.before);
      this.redoStack = [];
      actor.ring = ring;
      actor.sector = sector;
      var message = changedPlace ? this.whereMessage(actor) : format(gettext("{label} moved."), { label: actor.label });
      this.emit({ action: "update", kind: "actor", id: id, message: message });
    },
    removeActor: function (id) {
      var actor = this.actorById[id];
      if (!actor || this.readOnly) { return locked(); }
      var count = (this.incident[id] || []).length;
      this.remember();
      this.state.actors = this.state.actors.filter(function (item) { return item.id !== id; });
      this.state.relations = this.state.relations.filter(function (item) {
        return item.source !== id && item.target !== id;
      });
      this.reindex();
      var message = count ?
        format(ngettext("{label} and {count} relation removed.", "{label} and {count} relations removed.", count),
          { label: actor.label, count: count }) :
        format(gettext("{label} removed."), { label: actor.label });
      this.emit({ action: "remove", kind: "actor", id: id, message: message });
      return { ok: true };
    }
  };

  Object.keys(Relations).forEach(function (name) {
    if (typeof Relations[name] === "function") { Model.prototype[name] = Relations[name]; }
  });
  Model.CENTRE = Geometry.CENTRE;
  Model.EXPLANATION_MAX = EXPLANATION_MAX;
  Model.directionLabel = function (code) {
    return { "one-way": gettext("One way"), both: gettext("Both ways"), none: gettext("No direction") }[code] || code;
  };
  Model.strengthLabel = function (code) {
    return { weak: gettext("Weak"), normal: gettext("Normal"), strong: gettext("Strong") }[code] || code;
  };
  Model.flagLabel = function (code) {
    return {
      ring_removed: gettext("its ring was removed from the activity"),
      sector_removed: gettext("its sector was removed from the activity"),
      type_removed: gettext("its type was removed from the activity"),
      palette_removed: gettext("it was removed from the list of actors")
    }[code] || code;
  };
  global.WeerbaarNetworkModel = Model;
  if (typeof module !== "undefined" && module.exports) { module.exports = Model; }
})(typeof window !== "undefined" ? window : globalThis);
