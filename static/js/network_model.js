/* Netwerkkaart: the map's state in the browser. Actors, relations, the geometry of rings and sectors,
 * undo/redo, and the same rules the server applies (limits, self-relations, duplicates) so the interface
 * refuses bad input before it is sent. No DOM here: the canvas and the table listen to change events,
 * each of which carries a sentence for the live region. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkModel) { return; }
  var C = global.WeerbaarCommon;
  var gettext = WeerbaarCommon.t, ngettext = WeerbaarCommon.nt;
  var fmt = C.fmt;
  var CENTRE = 0.16, LIMIT = 1.5, LABEL_MAX = 80, NOTE_MAX = 500, EXPLANATION_MAX = 1000, UNDO_MAX = 100;

  function clone(value) { return JSON.parse(JSON.stringify(value)); }
  function index(list) { var map = {}; list.forEach(function (item) { map[item.id] = item; }); return map; }
  function clamp(value) { return Math.max(-LIMIT, Math.min(LIMIT, Math.round(value * 10000) / 10000)); }
  function pairKey(a, b, type) { return (a < b ? a + "|" + b : b + "|" + a) + "|" + type; }

  /** options: {author, readOnly, allowFree, limits: {actors, relations}} */
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
      this.state = { actors: clone(map.actors || []), relations: clone(map.relations || []) };
      var self = this;
      this.state.actors.concat(this.state.relations).forEach(function (item) {
        var number = parseInt(String(item.id).replace(new RegExp("^[a-z]+"), ""), 10);
        if (!isNaN(number)) { self.counter = Math.max(self.counter, number); }
      });
      this.state.actors.forEach(function (actor) { self.snap(actor); });
      this.reindex();
    },
    reindex: function () {
      var incident = {};
      this.actorById = index(this.state.actors);
      this.relationById = index(this.state.relations);
      this.state.actors.forEach(function (actor) { incident[actor.id] = []; });
      this.state.relations.forEach(function (relation) {
        (incident[relation.source] = incident[relation.source] || []).push(relation.id);
        (incident[relation.target] = incident[relation.target] || []).push(relation.id);
      });
      this.incident = incident;
    },
    setConfig: function (config, quiet) {
      this.config = config;
      this.rings = index(config.rings);
      this.sectors = index(config.sectors || []);
      this.actorTypes = index(config.actor_types);
      this.relationTypes = index(config.relation_types);
      this.palette = index(config.palette || []);
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

    band: function (ringId) {
      var rings = this.config.rings, n = rings.length, i = 0;
      for (; i < n; i += 1) { if (rings[i].id === ringId) { break; } }
      i = Math.min(i, n - 1);
      return [CENTRE + (1 - CENTRE) * i / n, CENTRE + (1 - CENTRE) * (i + 1) / n];
    },
    ringAt: function (x, y) {
      var rings = this.config.rings, n = rings.length;
      var i = Math.floor((Math.sqrt(x * x + y * y) - CENTRE) / (1 - CENTRE) * n);
      return rings[Math.max(0, Math.min(n - 1, i))].id;
    },
    sectorSpan: function () { return this.config.sectors && this.config.sectors.length ? 360 / this.config.sectors.length : 0; },
    sectorAt: function (x, y) {
      var span = this.sectorSpan();
      if (!span) { return null; }
      var degrees = (Math.atan2(y, x) * 180 / Math.PI + 90 + 720) % 360;
      return this.config.sectors[Math.min(this.config.sectors.length - 1, Math.floor(degrees / span))].id;
    },
    sectorRange: function (sectorId) {
      var span = this.sectorSpan(), sectors = this.config.sectors || [];
      for (var i = 0; i < sectors.length; i += 1) {
        if (sectors[i].id === sectorId) { return [-90 + span * i, -90 + span * (i + 1)]; }
      }
      return null;
    },
    /** A free spot in a ring (and sector): tries angles around the sector's middle, then the band's edges. */
    place: function (ringId, sectorId, exceptId) {
      var band = this.band(ringId), range = this.sectorRange(sectorId) || [-90, 270];
      var middle = (range[0] + range[1]) / 2, width = range[1] - range[0], others = this.state ? this.state.actors : [];
      var radii = [(band[0] + band[1]) / 2, band[0] * 0.7 + band[1] * 0.3, band[0] * 0.3 + band[1] * 0.7];
      var best = null;
      for (var r = 0; r < radii.length; r += 1) {
        for (var k = 0; k < 24; k += 1) {
          var offset = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * width / 24;
          var angle = (middle + offset) * Math.PI / 180;
          var point = { x: clamp(radii[r] * Math.cos(angle)), y: clamp(radii[r] * Math.sin(angle)) };
          var free = others.every(function (actor) {
            return actor.id === exceptId || Math.abs(actor.x - point.x) + Math.abs(actor.y - point.y) > 0.13;
          });
          if (free) { return point; }
          best = best || point;
        }
      }
      return best;
    },
    /** Keep an actor inside its ring's band (content may have changed since it was placed). */
    snap: function (actor) {
      if (this.ringAt(actor.x, actor.y) === actor.ring && (!actor.sector || this.sectorAt(actor.x, actor.y) === actor.sector)) { return; }
      var band = this.band(actor.ring), radius = Math.sqrt(actor.x * actor.x + actor.y * actor.y);
      var angle = Math.atan2(actor.y, actor.x), range = actor.sector ? this.sectorRange(actor.sector) : null;
      if (range && this.sectorAt(actor.x, actor.y) !== actor.sector) { angle = (range[0] + range[1]) / 2 * Math.PI / 180; }
      if (radius < band[0] || radius >= band[1]) { radius = (band[0] + band[1]) / 2; }
      actor.x = clamp(radius * Math.cos(angle));
      actor.y = clamp(radius * Math.sin(angle));
    },

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

    checkLabel: function (label) {
      if (!label) { return gettext("Give the actor a name."); }
      if (label.length > LABEL_MAX) { return fmt(gettext("A name can have at most {limit} characters."), { limit: LABEL_MAX }); }
      return null;
    },
    paletteUsed: function (paletteId) {
      return this.state.actors.some(function (actor) { return actor.palette === paletteId; });
    },
    addActor: function (spec) {
      if (this.readOnly) { return { error: gettext("This map can no longer be changed.") }; }
      if (this.state.actors.length >= this.limits.actors) {
        return { error: fmt(gettext("The map is full: it may hold at most {limit} actors."), { limit: this.limits.actors }) };
      }
      var actor = { palette: null, ring: spec.ring, sector: spec.sector || null, flags: [] };
      if (!this.rings[actor.ring]) { return { error: gettext("Choose a ring.") }; }
      if (spec.palette) {
        var entry = this.palette[spec.palette];
        if (!entry) { return { error: gettext("Choose an actor from the list.") }; }
        if (this.paletteUsed(spec.palette)) { return { error: fmt(gettext("{label} is already on the map."), { label: entry.label }) }; }
        actor.palette = entry.id;
        actor.label = entry.label;
        actor.type = entry.type;
      } else {
        if (!this.allowFree || this.author) { return { error: gettext("Choose an actor from the list.") }; }
        actor.label = (spec.label || "").trim();
        actor.type = spec.type;
        var problem = this.checkLabel(actor.label);
        if (problem) { return { error: problem }; }
        if (!this.actorTypes[actor.type]) { return { error: gettext("Choose a type.") }; }
      }
      if (this.author) { actor.id = actor.palette; actor.explanation = ""; delete actor.flags; }
      else { this.counter += 1; actor.id = "a" + this.counter; }
      var point = this.place(actor.ring, actor.sector);
      actor.x = point.x;
      actor.y = point.y;
      this.remember();
      this.state.actors.push(actor);
      this.reindex();
      this.emit({ action: "add", kind: "actor", id: actor.id, message: fmt(gettext("{label} added to the ring {ring}."), { label: actor.label, ring: this.ringLabel(actor.ring) }) });
      return { ok: true, id: actor.id };
    },
    updateActor: function (id, changes) {
      var actor = this.actorById[id];
      if (!actor || this.readOnly) { return { error: gettext("This map can no longer be changed.") }; }
      if ("label" in changes) {
        if (actor.palette) { delete changes.label; } else {
          changes.label = changes.label.trim();
          var problem = this.checkLabel(changes.label);
          if (problem) { return { error: problem }; }
        }
      }
      if ("type" in changes && (actor.palette || !this.actorTypes[changes.type])) { delete changes.type; }
      if ("ring" in changes && !this.rings[changes.ring]) { return { error: gettext("Choose a ring.") }; }
      if ("sector" in changes && changes.sector && !this.sectors[changes.sector]) { changes.sector = null; }
      if ("explanation" in changes && changes.explanation.length > EXPLANATION_MAX) {
        return { error: fmt(gettext("An explanation can have at most {limit} characters."), { limit: EXPLANATION_MAX }) };
      }
      var changed = Object.keys(changes).filter(function (key) { return JSON.stringify(actor[key]) !== JSON.stringify(changes[key]); });
      if (!changed.length) { return { ok: true }; }
      this.remember();
      changed.forEach(function (key) { actor[key] = changes[key]; });
      var message = fmt(gettext("{label} changed."), { label: actor.label });
      if (changed.indexOf("ring") >= 0 || changed.indexOf("sector") >= 0) {
        var point = changed.indexOf("sector") >= 0 && actor.sector ? this.place(actor.ring, actor.sector, id) : null;
        if (point) { actor.x = point.x; actor.y = point.y; } else { this.snap(actor); }
        message = this.whereMessage(actor);
      }
      this.emit({ action: "update", kind: "actor", id: id, message: message });
      return { ok: true };
    },
    whereMessage: function (actor) {
      var text = fmt(gettext("{label} is now in the ring {ring}."), { label: actor.label, ring: this.ringLabel(actor.ring) });
      return actor.sector ? text + " " + fmt(gettext("Sector: {sector}."), { sector: this.sectorLabel(actor.sector) }) : text;
    },
    dismissFlags: function (kind, id) {
      var item = kind === "actor" ? this.actorById[id] : this.relationById[id];
      if (!item || !item.flags || !item.flags.length) { return; }
      this.remember();
      item.flags = [];
      this.emit({ action: "update", kind: kind, id: id, message: gettext("Marked as checked.") });
    },
    /** Dragging: beginMove once, moveActor as often as needed (no undo step, no save), endMove once. */
    beginMove: function (id) { this.moving = { id: id, before: JSON.stringify(this.state) }; },
    moveActor: function (id, x, y) {
      var actor = this.actorById[id];
      if (!actor || this.readOnly) { return; }
      actor.x = clamp(x);
      actor.y = clamp(y);
      this.emit({ action: "move", kind: "actor", id: id });
    },
    endMove: function (id) {
      var actor = this.actorById[id], moving = this.moving;
      this.moving = null;
      if (!actor || !moving) { return; }
      var ring = this.ringAt(actor.x, actor.y), sector = this.sectorSpan() ? this.sectorAt(actor.x, actor.y) : actor.sector;
      var changedPlace = ring !== actor.ring || sector !== actor.sector;
      if (moving.before === JSON.stringify(this.state)) { return; }
      this.undoStack.push(moving.before);
      this.redoStack = [];
      actor.ring = ring;
      actor.sector = sector;
      this.emit({ action: "update", kind: "actor", id: id, message: changedPlace ? this.whereMessage(actor) : fmt(gettext("{label} moved."), { label: actor.label }) });
    },
    removeActor: function (id) {
      var actor = this.actorById[id];
      if (!actor || this.readOnly) { return { error: gettext("This map can no longer be changed.") }; }
      var count = (this.incident[id] || []).length;
      this.remember();
      this.state.actors = this.state.actors.filter(function (item) { return item.id !== id; });
      this.state.relations = this.state.relations.filter(function (item) { return item.source !== id && item.target !== id; });
      this.reindex();
      var message = count ? fmt(ngettext("{label} and {count} relation removed.", "{label} and {count} relations removed.", count), { label: actor.label, count: count })
        : fmt(gettext("{label} removed."), { label: actor.label });
      this.emit({ action: "remove", kind: "actor", id: id, message: message });
      return { ok: true };
    },

    duplicate: function (source, target, type, exceptId) {
      var key = pairKey(source, target, type);
      return this.state.relations.some(function (relation) {
        return relation.id !== exceptId && pairKey(relation.source, relation.target, relation.type) === key;
      });
    },
    checkRelation: function (source, target, type, exceptId) {
      if (!this.actorById[source] || !this.actorById[target]) { return gettext("Choose two actors that are on the map."); }
      if (source === target) { return gettext("A relation needs two different actors."); }
      if (!this.relationTypes[type]) { return gettext("Choose a type of relation."); }
      if (this.duplicate(source, target, type, exceptId)) {
        return fmt(gettext("There is already a relation of this type between {source} and {target}."), { source: this.actorLabel(source), target: this.actorLabel(target) });
      }
      return null;
    },
    addRelation: function (spec) {
      if (this.readOnly) { return { error: gettext("This map can no longer be changed.") }; }
      if (this.state.relations.length >= this.limits.relations) {
        return { error: fmt(gettext("The map is full: it may hold at most {limit} relations."), { limit: this.limits.relations }) };
      }
      var type = spec.type || this.config.relation_types[0].id;
      if (!spec.type) {  // a relation drawn on the canvas takes the first type still free between the two
        var self = this;
        var free = this.config.relation_types.filter(function (kind) { return !self.duplicate(spec.source, spec.target, kind.id); })[0];
        type = free ? free.id : type;
      }
      var problem = this.checkRelation(spec.source, spec.target, type);
      if (problem) { return { error: problem }; }
      var relation = { source: spec.source, target: spec.target, type: type, direction: spec.direction || "none", strength: spec.strength || "normal" };
      if (this.author) { relation.explanation = spec.explanation || ""; } else { relation.note = (spec.note || "").trim(); relation.flags = []; }
      if (relation.note && relation.note.length > NOTE_MAX) { return { error: fmt(gettext("A note can have at most {limit} characters."), { limit: NOTE_MAX }) }; }
      this.counter += 1;
      relation.id = (this.author ? "ref" : "r") + this.counter;
      this.remember();
      this.state.relations.push(relation);
      this.reindex();
      this.emit({ action: "add", kind: "relation", id: relation.id, message: fmt(gettext("Relation added: {relation}."), { relation: this.relationText(relation) }) });
      return { ok: true, id: relation.id };
    },
    updateRelation: function (id, changes) {
      var relation = this.relationById[id];
      if (!relation || this.readOnly) { return { error: gettext("This map can no longer be changed.") }; }
      if ("type" in changes) {
        var problem = this.checkRelation(relation.source, relation.target, changes.type, id);
        if (problem) { return { error: problem }; }
      }
      if ("note" in changes) {
        changes.note = changes.note.trim();
        if (changes.note.length > NOTE_MAX) { return { error: fmt(gettext("A note can have at most {limit} characters."), { limit: NOTE_MAX }) }; }
      }
      if ("explanation" in changes && changes.explanation.length > EXPLANATION_MAX) {
        return { error: fmt(gettext("An explanation can have at most {limit} characters."), { limit: EXPLANATION_MAX }) };
      }
      var changed = Object.keys(changes).filter(function (key) { return relation[key] !== changes[key]; });
      if (!changed.length) { return { ok: true }; }
      this.remember();
      changed.forEach(function (key) { relation[key] = changes[key]; });
      this.reindex();
      this.emit({ action: "update", kind: "relation", id: id, message: fmt(gettext("Relation changed: {relation}."), { relation: this.relationText(relation) }) });
      return { ok: true };
    },
    reverse: function (id) {
      var relation = this.relationById[id];
      if (!relation) { return { error: "" }; }
      return this.updateRelation(id, { source: relation.target, target: relation.source, direction: relation.direction === "none" ? "one-way" : relation.direction });
    },
    removeRelation: function (id) {
      var relation = this.relationById[id];
      if (!relation || this.readOnly) { return { error: gettext("This map can no longer be changed.") }; }
      var text = this.relationText(relation);
      this.remember();
      this.state.relations = this.state.relations.filter(function (item) { return item.id !== id; });
      this.reindex();
      this.emit({ action: "remove", kind: "relation", id: id, message: fmt(gettext("Relation removed: {relation}."), { relation: text }) });
      return { ok: true };
    }
  };

  Model.CENTRE = CENTRE;
  Model.LABEL_MAX = LABEL_MAX;
  Model.NOTE_MAX = NOTE_MAX;
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
})(window);
