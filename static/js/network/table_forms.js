/* Netwerkkaart: the table view's forms (README.md). */
(function (global) {
  "use strict";
  if (global.WeerbaarNetworkTableForms) { return; }
  var Text = global.WeerbaarText, gettext = Text.gettext;

  function create(tag, attrs, children) { return global.WeerbaarDom.create(tag, attrs, children); }
  function limits() { return global.WeerbaarNetworkModel; }

  global.WeerbaarNetworkTableForms = {
    /** An "add" group with its heading; returns {form, error}. */
    addGroup: function (name, heading) {
      var form = create("div", { className: "wb-net-add", role: "group", "aria-labelledby": this.id(name) });
      form.appendChild(create("h4", { id: this.id(name), text: heading }));
      return { form: form, error: create("p", { className: "wb-error", role: "alert" }) };
    },
    buildActorForm: function (choices, hasSectors) {
      var self = this, model = this.model, group = this.addGroup("add-actor", gettext("Add an actor"));
      var pick = this.paletteSelect = create("select", {});
      var ring = this.select(choices.rings), sector = hasSectors ? this.select(choices.sectors) : null;
      this.actorError = group.error;
      this.paletteAdd = this.button(gettext("Add to the map"), function () {
        var spec = { palette: pick.value, ring: ring.value, sector: sector ? sector.value : null };
        self.report(self.actorError, model.addActor(spec), pick);
      });
      group.form.appendChild(create("div", { className: "wb-net-form" }, [
        this.field("palette", gettext("Actor from the list"), pick), this.field("palette-ring", gettext("Ring"), ring),
        sector ? this.field("palette-sector", gettext("Sector"), sector) : null, this.paletteAdd
      ]));
      if (model.allowFree && !this.author) { group.form.appendChild(this.buildOwnActorForm(choices, hasSectors)); }
      this.actorFull = create("p", { className: "wb-muted", hidden: true });
      group.form.appendChild(this.actorFull);
      group.form.appendChild(this.actorError);
      return group.form;
    },
    buildOwnActorForm: function (choices, hasSectors) {
      var self = this, model = this.model;
      var name = create("input", { type: "text", autocomplete: "off" });
      var type = this.select(choices.types), ring = this.select(choices.rings);
      var sector = hasSectors ? this.select(choices.sectors) : null;
      function add() {
        var spec = { label: name.value, type: type.value, ring: ring.value, sector: sector ? sector.value : null };
        if (self.report(self.actorError, model.addActor(spec), name)) { name.value = ""; }
      }
      name.addEventListener("keydown", function (event) {
        if (event.key === "Enter") { event.preventDefault(); add(); }
      });
      this.freeAdd = this.button(gettext("Add your own actor"), add);
      return create("div", { className: "wb-net-form" }, [
        this.field("free-name", gettext("Name of your own actor"), name),
        this.field("free-type", gettext("Type"), type), this.field("free-ring", gettext("Ring"), ring),
        sector ? this.field("free-sector", gettext("Sector"), sector) : null, this.freeAdd
      ]);
    },
    relationTextControl: function () {
      if (this.author) { return create("textarea", { maxlength: limits().EXPLANATION_MAX, rows: 2 }); }
      return create("input", { type: "text", autocomplete: "off" });
    },
    buildRelationForm: function (choices) {
      var self = this, model = this.model, group = this.addGroup("add-relation", gettext("Add a relation"));
      var from = this.fromSelect = create("select", {}), to = this.toSelect = create("select", {});
      var type = this.select(choices.relationTypes), direction = this.select(choices.directions);
      var strength = this.select(choices.strengths, {}), text = this.relationTextControl();
      strength.value = "normal";
      this.relationError = group.error;
      this.relationAdd = this.button(gettext("Add the relation"), function () {
        var spec = { source: from.value, target: to.value, type: type.value, direction: direction.value,
          strength: strength.value };
        spec[self.author ? "explanation" : "note"] = text.value;
        if (self.report(self.relationError, model.addRelation(spec), from)) {
          text.value = "";
          direction.selectedIndex = 0;
          strength.value = "normal";
        }
      });
      group.form.appendChild(create("div", { className: "wb-net-form" }, [
        this.field("from", gettext("From"), from), this.field("to", gettext("To"), to),
        this.field("type", gettext("Type of relation"), type), this.field("direction", gettext("Direction"), direction),
        this.field("strength", gettext("Strength"), strength),
        this.field("text", this.author ? gettext("Explanation") : gettext("Note (optional)"), text), this.relationAdd
      ]));
      this.relationFull = create("p", { className: "wb-muted", hidden: true });
      group.form.appendChild(this.relationFull);
      group.form.appendChild(this.relationError);
      return group.form;
    },
    /** Show a model result's error beside the form (role=alert) or clear it; true when it went well. */
    report: function (target, result, focusOnError) {
      target.textContent = result.error || "";
      if (result.error && focusOnError) { focusOnError.focus(); }
      return !result.error;
    }
  };
})(window);
