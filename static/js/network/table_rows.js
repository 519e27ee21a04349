/* Netwerkkaart: the table view's rows (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkTableRows) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext, format = Text.format;

  function create(tag, attrs, children) { return global.WeerbaarDom.create(tag, attrs, children); }
  function Model() { return global.WeerbaarNetworkModel; }
  function setValue(control, value) {
    if (control && control.value !== value && document.activeElement !== control) { control.value = value; }
  }
  /** A select's value, or a span's text when read-only; and the control's accessible name. */
  function put(control, value, label, name) {
    if (!control) { return; }
    if (control.tagName === "SPAN") { control.textContent = label; return; }
    setValue(control, value);
    control.setAttribute("aria-label", name);
  }

  global.WeerbaarNetworkTableRows = {
    flagCell: function (kind, row, item) {
      var self = this;
      row.flags = create("span", { className: "wb-net-flag" });
      row.flagButton = this.readOnly ? null : this.button(gettext("Checked"), function () {
        self.model.dismissFlags(kind, item.id);
      });
      return create("span", {}, [row.flags, row.flagButton]);
    },
    /** A select that applies its value to the item, or a span when read-only. */
    choice: function (items, apply, errorLine) {
      var self = this;
      if (this.readOnly) { return create("span", {}); }
      var control = this.rowSelect(items);
      control.addEventListener("change", function () { self.change(errorLine, apply(control.value)); });
      return control;
    },
    actorRow: function (actor, choices) {
      var self = this, model = this.model, row = {}, id = actor.id, readOnly = this.readOnly;
      function apply(key) {
        return function (value) {
          var changes = {};
          changes[key] = key === "sector" ? value || null : value;  // "" is the "no sector" choice
          return model.updateActor(id, changes);
        };
      }
      row.name = actor.palette || readOnly ? create("span", { className: "wb-user-text" }) :
        create("input", { type: "text" });
      if (row.name.tagName === "INPUT") {
        row.name.addEventListener("change", function () {
          self.change(self.actorError, apply("label")(row.name.value));
        });
      }
      var cells = [create("th", { scope: "row" }, [row.name, this.flagCell("actor", row, actor)])];
      row.type = actor.palette ? create("span", {}) : this.choice(choices.types, apply("type"), this.actorError);
      row.ring = this.choice(choices.rings, apply("ring"), this.actorError);
      row.sector = (model.config.sectors || []).length ?
        this.choice(choices.sectors, apply("sector"), this.actorError) : null;
      [row.type, row.ring, row.sector].forEach(function (control) {
        if (control) { cells.push(create("td", {}, [control])); }
      });
      row.count = create("td", {});
      cells.push(row.count);
      if (this.author) { cells.push(create("td", {}, [this.explanationControl(row, apply("explanation"))])); }
      if (!readOnly) {
        row.remove = this.button(gettext("Remove"), function () { model.removeActor(id); }, { "data-remove": "" });
        cells.push(create("td", {}, [row.remove]));
      }
      row.tr = create("tr", { "data-id": id, "data-kind": "actor" }, cells);
      return row;
    },
    explanationControl: function (row, apply) {
      var self = this;
      row.explanation = this.readOnly ? create("span", { className: "wb-user-text" }) :
        create("textarea", { rows: 2, maxlength: Model().EXPLANATION_MAX, "data-key": "explanation" });
      row.explanation.addEventListener("change", function () {
        self.change(self.actorError, apply(row.explanation.value));
      });
      return row.explanation;
    },
    relationRow: function (relation, choices) {
      var self = this, model = this.model, row = {}, id = relation.id, key = this.author ? "explanation" : "note";
      function apply(name) {
        return function (value) { var changes = {}; changes[name] = value; return model.updateRelation(id, changes); };
      }
      row.from = create("span", { className: "wb-user-text" });
      row.to = create("span", { className: "wb-user-text" });
      var cells = [create("th", { scope: "row" }, [row.from, this.flagCell("relation", row, relation)]),
        create("td", {}, [row.to])];
      [["type", choices.relationTypes], ["direction", choices.directions], ["strength", choices.strengths]]
        .forEach(function (pair) {
          row[pair[0]] = self.choice(pair[1], apply(pair[0]), self.relationError);
          cells.push(create("td", {}, [row[pair[0]]]));
        });
      row.text = this.readOnly ? create("span", { className: "wb-user-text" }) : this.relationTextControl();
      row.text.setAttribute("data-key", key);
      row.text.addEventListener("change", function () { self.change(self.relationError, apply(key)(row.text.value)); });
      cells.push(create("td", {}, [row.text]));
      if (!this.readOnly) {
        row.reverse = this.button(gettext("Reverse"), function () {
          self.change(self.relationError, model.reverse(id));
        });
        row.remove = this.button(gettext("Remove"), function () { model.removeRelation(id); }, { "data-remove": "" });
        cells.push(create("td", { className: "wb-net-row-actions" }, [row.reverse, row.remove]));
      }
      row.tr = create("tr", { "data-id": id, "data-kind": "relation" }, cells);
      return row;
    },
    /** A change made in a row: its error goes to the form's error line; on an error the row shows the model. */
    change: function (target, result) {
      if (!target) { return; }
      target.textContent = result.error || "";
      if (result.error) { this.sync(); }
    },
    updateFlags: function (kind, row, item) {
      var flags = (item.flags || []).map(Model().flagLabel);
      row.flags.textContent = flags.length ? format(gettext("Check: {reasons}."), { reasons: flags.join("; ") }) : "";
      row.flags.hidden = !flags.length;
      if (!row.flagButton) { return; }
      row.flagButton.hidden = !flags.length;
      var label = kind === "actor" ? item.label : this.model.relationText(item);
      row.flagButton.setAttribute("aria-label", format(gettext("Mark {label} as checked"), { label: label }));
    },
    updateActor: function (row, item) {
      var model = this.model, names = { label: item.label };
      put(row.name, item.label, item.label, gettext("Name of the actor"));
      put(row.type, item.type, model.typeLabel(item.type), format(gettext("Type of {label}"), names));
      put(row.ring, item.ring, model.ringLabel(item.ring), format(gettext("Ring of {label}"), names));
      put(row.sector, item.sector || "", model.sectorLabel(item.sector) || "—",
        format(gettext("Sector of {label}"), names));
      row.count.textContent = String(model.relationsOf(item.id).length);
      if (row.explanation) {
        put(row.explanation, item.explanation || "", item.explanation || "",
          format(gettext("Explanation for {label}"), names));
      }
      if (row.remove) { row.remove.setAttribute("aria-label", format(gettext("Remove {label}"), names)); }
    },
    updateRelation: function (row, item) {
      var model = this.model, names = { relation: model.relationText(item) };
      var key = this.author ? "explanation" : "note";
      row.from.textContent = model.actorLabel(item.source);
      row.to.textContent = model.actorLabel(item.target);
      put(row.type, item.type, model.relationTypeLabel(item.type), format(gettext("Type of {relation}"), names));
      put(row.direction, item.direction, Model().directionLabel(item.direction),
        format(gettext("Direction of {relation}"), names));
      put(row.strength, item.strength, Model().strengthLabel(item.strength),
        format(gettext("Strength of {relation}"), names));
      var textName = this.author ? gettext("Explanation for {relation}") : gettext("Note on {relation}");
      put(row.text, item[key] || "", item[key] || "", format(textName, names));
      if (this.readOnly) { return; }
      row.reverse.setAttribute("aria-label", format(gettext("Reverse {relation}"), names));
      row.remove.setAttribute("aria-label", format(gettext("Remove {relation}"), names));
    },
    update: function (kind, row, item) {
      this.updateFlags(kind, row, item);
      if (kind === "actor") { this.updateActor(row, item); } else { this.updateRelation(row, item); }
    }
  };
})(window);
