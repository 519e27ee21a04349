/* Netwerkkaart: the table view, in sync with the canvas. Every action — add an actor, move it to another ring,
 * connect two actors, change a relation, remove — is a native form control here, so that keyboard and
 * screen-reader users need nothing else. Rows are kept by id and only changed values are written, so focus
 * stays where it is while the map changes. Text is inserted with textContent only. */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkTable) { return; }
  var C = global.WeerbaarCommon, el = C.el, fmt = C.fmt;
  var gettext = WeerbaarCommon.t, ngettext = WeerbaarCommon.nt;
  var counter = 0;

  function options(select, items, placeholder) {
    var wanted = (placeholder ? [["", placeholder]] : []).concat(items);
    var current = select.value, same = select.options.length === wanted.length && wanted.every(function (item, i) {
      return select.options[i].value === item[0] && select.options[i].text === item[1];
    });
    if (same) { return; }
    select.textContent = "";
    wanted.forEach(function (item) { select.appendChild(el("option", { value: item[0], text: item[1] })); });
    select.value = wanted.some(function (item) { return item[0] === current; }) ? current : wanted.length ? wanted[0][0] : "";
  }
  function setValue(control, value) {
    if (control && control.value !== value && document.activeElement !== control) { control.value = value; }
  }
  function pairs(list) { return list.map(function (item) { return [item.id, item.label]; }); }

  /** options: readOnly, author, onSelect(kind, id) */
  function Table(host, model, opts) {
    this.host = host;
    this.model = model;
    this.opts = opts || {};
    this.readOnly = !!(this.opts.readOnly || model.readOnly);
    this.author = !!this.opts.author;
    this.uid = "wbnet-table-" + (counter += 1);
    this.rows = { actor: {}, relation: {} };
    this.build();
    this.sync();
    var self = this;
    model.on(function (event) {
      if (event.action === "move") { return; }
      if (event.action === "config") { self.rebuild(); return; }
      self.sync();
    });
  }

  Table.prototype = {
    id: function (name) { return this.uid + "-" + name; },
    field: function (name, label, control) {
      control.id = this.id(name);
      return el("div", { className: "wb-net-field" }, [el("label", { "for": control.id, text: label }), control]);
    },
    selects: function () {
      var m = this.model;
      return {
        rings: pairs(m.config.rings), sectors: [["", gettext("No sector")]].concat(pairs(m.config.sectors || [])),
        types: pairs(m.config.actor_types), relationTypes: pairs(m.config.relation_types),
        directions: ["none", "one-way", "both"].map(function (code) { return [code, global.WeerbaarNetworkModel.directionLabel(code)]; }),
        strengths: ["weak", "normal", "strong"].map(function (code) { return [code, global.WeerbaarNetworkModel.strengthLabel(code)]; })
      };
    },
    select: function (items, attrs) { var node = el("select", attrs || {}); options(node, items); return node; },
    button: function (label, handler, attrs) {
      return el("button", Object.assign({ type: "button", className: "wb-button wb-secondary wb-net-small", text: label, onclick: handler }, attrs || {}));
    },
    rebuild: function () {
      this.host.textContent = "";
      this.rows = { actor: {}, relation: {} };
      this.build();
      this.sync();
    },

    build: function () {
      var self = this, m = this.model, s = this.selects(), hasSectors = (m.config.sectors || []).length > 0;
      var wrap = el("div", { className: "wb-net-tables" });
      if (!this.readOnly) { wrap.appendChild(this.buildActorForm(s, hasSectors)); }
      var actorHead = [gettext("Actor"), gettext("Type"), gettext("Ring")].concat(hasSectors ? [gettext("Sector")] : [], [gettext("Relations")],
        this.author ? [gettext("Explanation")] : [], this.readOnly ? [] : [gettext("Actions")]);
      this.actorTable = this.table(actorHead);
      wrap.appendChild(this.actorTable.table);
      if (!this.readOnly) { wrap.appendChild(this.buildRelationForm(s)); }
      var relationHead = [gettext("From"), gettext("To"), gettext("Type"), gettext("Direction"), gettext("Strength"),
        this.author ? gettext("Explanation") : gettext("Note")].concat(this.readOnly ? [] : [gettext("Actions")]);
      this.relationTable = this.table(relationHead);
      wrap.appendChild(this.relationTable.table);
      this.host.appendChild(wrap);
      wrap.addEventListener("focusin", function (event) {
        var row = event.target.closest && event.target.closest("tr[data-id]");
        if (row && self.opts.onSelect) { self.opts.onSelect(row.getAttribute("data-kind"), row.getAttribute("data-id")); }
      });
    },
    table: function (head) {
      var caption = el("caption", {}), body = el("tbody", {});
      var table = el("table", { className: "wb-net-table", tabindex: "-1" }, [caption,
        el("thead", {}, [el("tr", {}, head.map(function (text) { return el("th", { scope: "col", text: text }); }))]), body]);
      return { table: table, caption: caption, body: body };
    },
    buildActorForm: function (s, hasSectors) {
      var self = this, m = this.model, form = el("div", { className: "wb-net-add", role: "group", "aria-labelledby": this.id("add-actor") });
      form.appendChild(el("h4", { id: this.id("add-actor"), text: gettext("Add an actor") }));
      this.actorError = el("p", { className: "wb-error", role: "alert" });
      var pick = this.paletteSelect = el("select", {});
      var ring = this.select(s.rings), sector = hasSectors ? this.select(s.sectors) : null;
      var fromList = el("div", { className: "wb-net-form" }, [
        this.field("palette", gettext("Actor from the list"), pick), this.field("palette-ring", gettext("Ring"), ring),
        sector ? this.field("palette-sector", gettext("Sector"), sector) : null,
        this.paletteAdd = this.button(gettext("Add to the map"), function () {
          self.report(self.actorError, m.addActor({ palette: pick.value, ring: ring.value, sector: sector ? sector.value : null }), pick);
        })
      ]);
      form.appendChild(fromList);
      if (m.allowFree && !this.author) {
        var name = el("input", { type: "text", maxlength: global.WeerbaarNetworkModel.LABEL_MAX, autocomplete: "off" });
        var type = this.select(s.types), ownRing = this.select(s.rings), ownSector = hasSectors ? this.select(s.sectors) : null;
        var add = function () {
          var result = m.addActor({ label: name.value, type: type.value, ring: ownRing.value, sector: ownSector ? ownSector.value : null });
          if (self.report(self.actorError, result, name)) { name.value = ""; }
        };
        name.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); add(); } });
        this.freeAdd = this.button(gettext("Add your own actor"), add);
        form.appendChild(el("div", { className: "wb-net-form" }, [
          this.field("free-name", gettext("Name of your own actor"), name), this.field("free-type", gettext("Type"), type),
          this.field("free-ring", gettext("Ring"), ownRing), ownSector ? this.field("free-sector", gettext("Sector"), ownSector) : null, this.freeAdd
        ]));
      }
      this.actorFull = el("p", { className: "wb-muted", hidden: true });
      form.appendChild(this.actorFull);
      form.appendChild(this.actorError);
      return form;
    },
    buildRelationForm: function (s) {
      var self = this, m = this.model, form = el("div", { className: "wb-net-add", role: "group", "aria-labelledby": this.id("add-relation") });
      form.appendChild(el("h4", { id: this.id("add-relation"), text: gettext("Add a relation") }));
      this.relationError = el("p", { className: "wb-error", role: "alert" });
      var from = this.fromSelect = el("select", {}), to = this.toSelect = el("select", {});
      var type = this.select(s.relationTypes), direction = this.select(s.directions), strength = this.select(s.strengths, {});
      strength.value = "normal";
      var text = this.author ? el("textarea", { maxlength: global.WeerbaarNetworkModel.EXPLANATION_MAX, rows: 2 })
        : el("input", { type: "text", maxlength: global.WeerbaarNetworkModel.NOTE_MAX, autocomplete: "off" });
      this.relationAdd = this.button(gettext("Add the relation"), function () {
        var spec = { source: from.value, target: to.value, type: type.value, direction: direction.value, strength: strength.value };
        spec[self.author ? "explanation" : "note"] = text.value;
        if (self.report(self.relationError, m.addRelation(spec), from)) { text.value = ""; }
      });
      form.appendChild(el("div", { className: "wb-net-form" }, [
        this.field("from", gettext("From"), from), this.field("to", gettext("To"), to), this.field("type", gettext("Type of relation"), type),
        this.field("direction", gettext("Direction"), direction), this.field("strength", gettext("Strength"), strength),
        this.field("text", this.author ? gettext("Explanation") : gettext("Note (optional)"), text), this.relationAdd
      ]));
      this.relationFull = el("p", { className: "wb-muted", hidden: true });
      form.appendChild(this.relationFull);
      form.appendChild(this.relationError);
      return form;
    },
    /** Show a model result's error beside the form (role=alert) or clear it; true when it went well. */
    report: function (target, result, focusOnError) {
      target.textContent = result.error || "";
      if (result.error && focusOnError) { focusOnError.focus(); }
      return !result.error;
    },

    sync: function () {
      var m = this.model, s = this.selects();
      this.syncRows("actor", m.actors(), this.actorTable, s);
      this.syncRows("relation", m.relations(), this.relationTable, s);
      this.actorTable.caption.textContent = fmt(gettext("Actors on the map ({count})"), { count: m.actors().length });
      this.relationTable.caption.textContent = fmt(gettext("Relations on the map ({count})"), { count: m.relations().length });
      if (this.readOnly) { return; }
      var free = (m.config.palette || []).filter(function (item) { return !m.paletteUsed(item.id); });
      options(this.paletteSelect, pairs(free), free.length ? gettext("Choose an actor") : gettext("Every actor from the list is on the map"));
      var actors = m.actors().map(function (actor) { return [actor.id, actor.label]; });
      options(this.fromSelect, actors, gettext("Choose an actor"));
      options(this.toSelect, actors, gettext("Choose an actor"));
      var fullActors = m.actors().length >= m.limits.actors, fullRelations = m.relations().length >= m.limits.relations;
      this.paletteAdd.disabled = fullActors || !free.length;
      if (this.freeAdd) { this.freeAdd.disabled = fullActors; }
      this.relationAdd.disabled = fullRelations || m.actors().length < 2;
      this.actorFull.hidden = !fullActors;
      this.actorFull.textContent = fmt(gettext("The map is full: it may hold at most {limit} actors."), { limit: m.limits.actors });
      this.relationFull.hidden = !fullRelations;
      this.relationFull.textContent = fmt(gettext("The map is full: it may hold at most {limit} relations."), { limit: m.limits.relations });
    },
    syncRows: function (kind, items, table, s) {
      var rows = this.rows[kind], seen = {}, self = this, body = table.body, focusLost = false;
      items.forEach(function (item, i) {
        var row = rows[item.id] || (rows[item.id] = kind === "actor" ? self.actorRow(item, s) : self.relationRow(item, s));
        self.update(kind, row, item, s);
        if (body.children[i] !== row.tr) { body.insertBefore(row.tr, body.children[i] || null); }
        seen[item.id] = true;
      });
      Object.keys(rows).forEach(function (id) {
        if (seen[id]) { return; }
        var index = Array.prototype.indexOf.call(body.children, rows[id].tr);
        focusLost = focusLost || rows[id].tr.contains(document.activeElement);
        body.removeChild(rows[id].tr);
        delete rows[id];
        if (focusLost) {
          var next = body.children[index] || body.children[index - 1];
          var control = next && next.querySelector("[data-remove]");
          (control || table.table).focus();
        }
      });
    },
    flagCell: function (kind, row, item) {
      var self = this;
      row.flags = el("span", { className: "wb-net-flag" });
      row.flagButton = this.readOnly ? null : this.button(gettext("Checked"), function () { self.model.dismissFlags(kind, item.id); });
      return el("span", {}, [row.flags, row.flagButton]);
    },
    actorRow: function (actor, s) {
      var self = this, m = this.model, row = { cells: {} }, id = actor.id, ro = this.readOnly;
      var name = actor.palette || ro ? el("span", { className: "wb-user-text" }) : el("input", { type: "text", maxlength: global.WeerbaarNetworkModel.LABEL_MAX });
      if (name.tagName === "INPUT") {
        name.addEventListener("change", function () { self.change(self.actorError, m.updateActor(id, { label: name.value })); });
      }
      row.name = name;
      var cells = [el("th", { scope: "row" }, [name, this.flagCell("actor", row, actor)])];
      row.type = actor.palette || ro ? el("span", {}) : this.select(s.types);
      row.ring = ro ? el("span", {}) : this.select(s.rings);
      row.sector = (m.config.sectors || []).length ? (ro ? el("span", {}) : this.select(s.sectors)) : null;
      [["type", row.type], ["ring", row.ring], ["sector", row.sector]].forEach(function (pair) {
        if (!pair[1]) { return; }
        if (pair[1].tagName === "SELECT") {
          pair[1].addEventListener("change", function () {
            var changes = {};
            changes[pair[0]] = pair[1].value || null;
            self.change(self.actorError, m.updateActor(id, changes));
          });
        }
        cells.push(el("td", {}, [pair[1]]));
      });
      row.count = el("td", {});
      cells.push(row.count);
      if (this.author) {
        row.explanation = ro ? el("span", { className: "wb-user-text" }) : el("textarea", { rows: 2, maxlength: global.WeerbaarNetworkModel.EXPLANATION_MAX, "data-key": "explanation" });
        row.explanation.addEventListener("change", function () { self.change(self.actorError, m.updateActor(id, { explanation: row.explanation.value })); });
        cells.push(el("td", {}, [row.explanation]));
      }
      if (!ro) {
        row.remove = this.button(gettext("Remove"), function () { m.removeActor(id); }, { "data-remove": "" });
        cells.push(el("td", {}, [row.remove]));
      }
      row.tr = el("tr", { "data-id": id, "data-kind": "actor" }, cells);
      return row;
    },
    relationRow: function (relation, s) {
      var self = this, m = this.model, row = {}, id = relation.id, ro = this.readOnly;
      row.from = el("span", { className: "wb-user-text" });
      row.to = el("span", { className: "wb-user-text" });
      var cells = [el("th", { scope: "row" }, [row.from, this.flagCell("relation", row, relation)]), el("td", {}, [row.to])];
      [["type", s.relationTypes], ["direction", s.directions], ["strength", s.strengths]].forEach(function (pair) {
        var control = row[pair[0]] = ro ? el("span", {}) : self.select(pair[1]);
        control.addEventListener("change", function () {
          var changes = {};
          changes[pair[0]] = control.value;
          self.change(self.relationError, m.updateRelation(id, changes));
        });
        cells.push(el("td", {}, [control]));
      });
      var key = this.author ? "explanation" : "note";
      row.text = ro ? el("span", { className: "wb-user-text" }) : this.author ? el("textarea", { rows: 2, maxlength: global.WeerbaarNetworkModel.EXPLANATION_MAX, "data-key": key })
        : el("input", { type: "text", maxlength: global.WeerbaarNetworkModel.NOTE_MAX, "data-key": key });
      row.text.addEventListener("change", function () {
        var changes = {};
        changes[key] = row.text.value;
        self.change(self.relationError, m.updateRelation(id, changes));
      });
      cells.push(el("td", {}, [row.text]));
      if (!ro) {
        row.reverse = this.button(gettext("Reverse"), function () { self.change(self.relationError, m.reverse(id)); });
        row.remove = this.button(gettext("Remove"), function () { m.removeRelation(id); }, { "data-remove": "" });
        cells.push(el("td", { className: "wb-net-row-actions" }, [row.reverse, row.remove]));
      }
      row.tr = el("tr", { "data-id": id, "data-kind": "relation" }, cells);
      return row;
    },
    change: function (target, result) {
      if (!target) { return; }
      target.textContent = result.error || "";
      if (result.error) { this.sync(); }
    },
    update: function (kind, row, item) {
      var m = this.model, ro = this.readOnly;
      function put(control, value, label, name) {
        if (!control) { return; }
        if (control.tagName === "SPAN") { control.textContent = label; return; }
        setValue(control, value);
        control.setAttribute("aria-label", name);
      }
      var flags = (item.flags || []).map(global.WeerbaarNetworkModel.flagLabel);
      row.flags.textContent = flags.length ? fmt(gettext("Check: {reasons}."), { reasons: flags.join("; ") }) : "";
      row.flags.hidden = !flags.length;
      if (row.flagButton) {
        row.flagButton.hidden = !flags.length;
        row.flagButton.setAttribute("aria-label", fmt(gettext("Mark {label} as checked"), { label: kind === "actor" ? item.label : m.relationText(item) }));
      }
      if (kind === "actor") {
        put(row.name, item.label, item.label, gettext("Name of the actor"));
        put(row.type, item.type, m.typeLabel(item.type), fmt(gettext("Type of {label}"), { label: item.label }));
        put(row.ring, item.ring, m.ringLabel(item.ring), fmt(gettext("Ring of {label}"), { label: item.label }));
        put(row.sector, item.sector || "", m.sectorLabel(item.sector) || "—", fmt(gettext("Sector of {label}"), { label: item.label }));
        row.count.textContent = String(m.relationsOf(item.id).length);
        if (row.explanation) { put(row.explanation, item.explanation || "", item.explanation || "", fmt(gettext("Explanation for {label}"), { label: item.label })); }
        if (row.remove) { row.remove.setAttribute("aria-label", fmt(gettext("Remove {label}"), { label: item.label })); }
        return;
      }
      var text = m.relationText(item);
      row.from.textContent = m.actorLabel(item.source);
      row.to.textContent = m.actorLabel(item.target);
      put(row.type, item.type, m.relationTypeLabel(item.type), fmt(gettext("Type of {relation}"), { relation: text }));
      put(row.direction, item.direction, global.WeerbaarNetworkModel.directionLabel(item.direction), fmt(gettext("Direction of {relation}"), { relation: text }));
      put(row.strength, item.strength, global.WeerbaarNetworkModel.strengthLabel(item.strength), fmt(gettext("Strength of {relation}"), { relation: text }));
      var key = this.author ? "explanation" : "note";
      put(row.text, item[key] || "", item[key] || "", fmt(this.author ? gettext("Explanation for {relation}") : gettext("Note on {relation}"), { relation: text }));
      if (!ro) {
        row.reverse.setAttribute("aria-label", fmt(gettext("Reverse {relation}"), { relation: text }));
        row.remove.setAttribute("aria-label", fmt(gettext("Remove {relation}"), { relation: text }));
      }
    },

    highlight: function (kind, id) {
      var marked = this.host.querySelectorAll("tr.is-selected");
      for (var i = 0; i < marked.length; i += 1) { marked[i].classList.remove("is-selected"); }
      var row = id && this.rows[kind] && this.rows[kind][id];
      if (row) { row.tr.classList.add("is-selected"); }
      return row;
    },
    open: function (kind, id) {
      var row = this.highlight(kind, id);
      var control = row && row.tr.querySelector("input, select, textarea, button:not([hidden])");
      if (control) { control.focus(); }
    }
  };

  global.WeerbaarNetworkTable = Table;
})(window);
