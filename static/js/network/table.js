/* Netwerkkaart: the table view, the keyboard route (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkTable) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;
  var counter = 0;

  function create(tag, attrs, children) { return global.WeerbaarDom.create(tag, attrs, children); }
  function pairs(list) { return list.map(function (item) { return [item.id, item.label]; }); }

  /** Give a select these [value, text] options (after an optional placeholder), keeping its value if it can. */
  function fillSelect(select, items, placeholder) {
    var wanted = (placeholder ? [["", placeholder]] : []).concat(items), current = select.value;
    var same = select.options.length === wanted.length && wanted.every(function (item, index) {
      return select.options[index].value === item[0] && select.options[index].text === item[1];
    });
    if (same) { return; }
    select.textContent = "";
    wanted.forEach(function (item) { select.appendChild(create("option", { value: item[0], text: item[1] })); });
    var keep = wanted.some(function (item) { return item[0] === current; });
    select.value = keep ? current : wanted.length ? wanted[0][0] : "";
  }

  /** options: readOnly, author, onSelect(kind, id) */
  function Table(host, model, options) {
    var self = this;
    this.host = host;
    this.model = model;
    this.options = options || {};
    this.readOnly = !!(this.options.readOnly || model.readOnly);
    this.author = !!this.options.author;
    this.uid = "wbnet-table-" + (counter += 1);
    this.rows = { actor: {}, relation: {} };
    this.rowSelects = {};
    this.build();
    this.sync();
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
      var labelElement = create("label", { "for": control.id, text: label });
      return create("div", { className: "wb-net-field" }, [labelElement, control]);
    },
    /** The [value, text] pairs of every select in the table. */
    choices: function () {
      var config = this.model.config, Model = global.WeerbaarNetworkModel;
      return {
        rings: pairs(config.rings), sectors: [["", gettext("No sector")]].concat(pairs(config.sectors || [])),
        types: pairs(config.actor_types), relationTypes: pairs(config.relation_types),
        directions: ["none", "one-way", "both"].map(function (code) { return [code, Model.directionLabel(code)]; }),
        strengths: ["weak", "normal", "strong"].map(function (code) { return [code, Model.strengthLabel(code)]; })
      };
    },
    select: function (items, attrs) { var node = create("select", attrs || {}); fillSelect(node, items); return node; },
    /** A row's select: a copy of one per list of options, as wide as its longest option (README.md). */
    rowSelect: function (items) {
      var key = JSON.stringify(items), template = this.rowSelects[key];
      if (!template) {
        template = this.rowSelects[key] = this.select(items);
        var longest = Math.max.apply(null, items.map(function (item) { return item[1].length; }));
        template.style.width = "calc(" + longest + "ch + 2.5em)";
      }
      return template.cloneNode(true);
    },
    button: function (label, handler, attrs) {
      return create("button", Object.assign({ type: "button", className: "wb-button wb-secondary wb-net-small",
        text: label, onclick: handler }, attrs || {}));
    },
    rebuild: function () {
      this.host.textContent = "";
      this.rows = { actor: {}, relation: {} };
      this.rowSelects = {};
      this.build();
      this.sync();
    },
    heads: function (hasSectors) {
      var readOnly = this.readOnly, author = this.author;
      return {
        actor: [gettext("Actor"), gettext("Type"), gettext("Ring")].concat(hasSectors ? [gettext("Sector")] : [],
          [gettext("Relations")], author ? [gettext("Explanation")] : [], readOnly ? [] : [gettext("Actions")]),
        relation: [gettext("From"), gettext("To"), gettext("Type"), gettext("Direction"), gettext("Strength"),
          author ? gettext("Explanation") : gettext("Note")].concat(readOnly ? [] : [gettext("Actions")])
      };
    },
    build: function () {
      var self = this, choices = this.choices(), hasSectors = (this.model.config.sectors || []).length > 0;
      var wrap = create("div", { className: "wb-net-tables wb-table-box" }), heads = this.heads(hasSectors);
      if (!this.readOnly) { wrap.appendChild(this.buildActorForm(choices, hasSectors)); }
      this.actorTable = this.table(heads.actor);
      wrap.appendChild(this.actorTable.table);
      if (!this.readOnly) { wrap.appendChild(this.buildRelationForm(choices)); }
      this.relationTable = this.table(heads.relation);
      wrap.appendChild(this.relationTable.table);
      this.host.appendChild(wrap);
      wrap.addEventListener("focusin", function (event) {
        var row = event.target.closest && event.target.closest("tr[data-id]");
        if (!row || !self.options.onSelect) { return; }
        self.options.onSelect(row.getAttribute("data-kind"), row.getAttribute("data-id"));
      });
    },
    table: function (head) {
      var caption = create("caption", {}), body = create("tbody", {});
      var headRow = create("tr", {}, head.map(function (text) { return create("th", { scope: "col", text: text }); }));
      var table = create("table", { className: "wb-net-table", tabindex: "-1" },
        [caption, create("thead", {}, [headRow]), body]);
      return { table: table, caption: caption, body: body };
    },

    sync: function () {
      var model = this.model, choices = this.choices();
      this.syncRows("actor", model.actors(), this.actorTable, choices);
      this.syncRows("relation", model.relations(), this.relationTable, choices);
      this.actorTable.caption.textContent = format(gettext("Actors on the map ({count})"),
        { count: model.actors().length });
      this.relationTable.caption.textContent = format(gettext("Relations on the map ({count})"),
        { count: model.relations().length });
      if (!this.readOnly) { this.syncForms(); }
    },
    syncForms: function () {
      var model = this.model, limits = model.limits;
      var free = (model.config.palette || []).filter(function (item) { return !model.paletteUsed(item.id); });
      fillSelect(this.paletteSelect, pairs(free),
        free.length ? gettext("Choose an actor") : gettext("Every actor from the list is on the map"));
      var actors = pairs(model.actors());
      fillSelect(this.fromSelect, actors, gettext("Choose an actor"));
      fillSelect(this.toSelect, actors, gettext("Choose an actor"));
      var fullActors = model.actors().length >= limits.actors;
      var fullRelations = model.relations().length >= limits.relations;
      this.paletteAdd.disabled = fullActors || !free.length;
      if (this.freeAdd) { this.freeAdd.disabled = fullActors; }
      this.relationAdd.disabled = fullRelations || model.actors().length < 2;
      this.actorFull.hidden = !fullActors;
      this.actorFull.textContent = format(gettext("The map is full: it may hold at most {limit} actors."),
        { limit: limits.actors });
      this.relationFull.hidden = !fullRelations;
      this.relationFull.textContent = format(gettext("The map is full: it may hold at most {limit} relations."),
        { limit: limits.relations });
    },
    /** Rows follow the items in order; a removed row's focus goes to the next row's remove button. */
    syncRows: function (kind, items, table, choices) {
      var rows = this.rows[kind], seen = {}, self = this, body = table.body, focusLost = false;
      items.forEach(function (item, position) {
        var row = rows[item.id] || (rows[item.id] = kind === "actor" ? self.actorRow(item, choices) :
          self.relationRow(item, choices));
        self.update(kind, row, item);
        if (body.children[position] !== row.tr) { body.insertBefore(row.tr, body.children[position] || null); }
        seen[item.id] = true;
      });
      Object.keys(rows).forEach(function (id) {
        if (seen[id]) { return; }
        var position = Array.prototype.indexOf.call(body.children, rows[id].tr);
        focusLost = focusLost || rows[id].tr.contains(document.activeElement);
        body.removeChild(rows[id].tr);
        delete rows[id];
        if (focusLost) {
          var next = body.children[position] || body.children[position - 1];
          var control = next && next.querySelector("[data-remove]");
          (control || table.table).focus();
        }
      });
    },

    highlight: function (kind, id) {
      var marked = this.host.querySelectorAll("tr.is-selected");
      for (var index = 0; index < marked.length; index += 1) { marked[index].classList.remove("is-selected"); }
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
  Object.assign(Table.prototype, global.WeerbaarNetworkTableForms, global.WeerbaarNetworkTableRows);

  global.WeerbaarNetworkTable = Table;
})(window);
