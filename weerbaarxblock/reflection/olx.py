"""Readable OLX for the Reflectiejournaal, read and written through the package's safe helpers::

    <weerbaar_reflection display_name="..." mode="journal" review="instructor" grading="scored"
                         max_points="6" may_edit_after_submit="false" may_revise_after_feedback="true">
      <introduction>...</introduction>
      <privacy_note>...</privacy_note>
      <prompt id="p1" required="true" min_words="50" max_words="400" case_key="zorgfraude-wijk-noord">
        <question>...</question>
        <guidance>...</guidance>
      </prompt>
      <rubric>
        <criterion id="c1">
          <label>...</label>
          <level id="l1" points="0">...</level>
        </criterion>
      </rubric>
    </weerbaar_reflection>

Reading yields the editor's payload shape, so an import passes exactly the
checks an edit in Studio passes (``rules.config.parse_config``).
"""
from weerbaarxblock.core import olx

SETTING_ATTRIBUTES = ("display_name", "mode", "review", "grading")
FLAG_ATTRIBUTES = ("may_edit_after_submit", "may_revise_after_feedback")
OWN_ATTRIBUTES = (*SETTING_ATTRIBUTES, *FLAG_ATTRIBUTES, "max_points")


def _number(value):
    """An attribute as an int when it is one; otherwise the text, for the validation to refuse."""
    if value is None or value.strip() == "":
        return None
    text = value.strip()
    return int(text) if text.isdigit() else text


def payload_from_node(node, defaults):
    """The editor payload described by ``node``; what the node leaves out keeps ``defaults``."""
    olx.check_node(node)
    payload = dict(defaults)
    for name in SETTING_ATTRIBUTES:
        if node.get(name) is not None:
            payload[name] = node.get(name)
    for name in FLAG_ATTRIBUTES:
        if node.get(name) is not None:
            payload[name] = olx.read_flag(node.get(name))
    if node.get("max_points") is not None:
        payload["max_points"] = _number(node.get("max_points"))
    for name in ("introduction", "privacy_note"):
        if node.find(name) is not None:
            payload[name] = olx.text_of(node, name)
    prompts = node.findall("prompt")
    if prompts:
        payload["prompts"] = [_prompt(element) for element in prompts]
    rubric = node.find("rubric")
    if rubric is not None:
        payload["rubric"] = [_criterion(element) for element in rubric.findall("criterion")]
    return payload


def _prompt(element):
    return {
        "id": element.get("id") or "",
        "question": olx.text_of(element, "question"),
        "guidance": olx.text_of(element, "guidance"),
        "required": olx.read_flag(element.get("required"), default=True),
        "min_words": _number(element.get("min_words")),
        "max_words": _number(element.get("max_words")),
        "case_key": element.get("case_key") or "",
    }


def _criterion(element):
    return {
        "id": element.get("id") or "",
        "label": olx.text_of(element, "label"),
        "levels": [
            {"id": level.get("id") or "", "label": level.text or "", "points": _number(level.get("points"))}
            for level in element.findall("level")
        ],
    }


def write_config(node, config):
    """Add ``config`` (a domain ``Config``) to ``node`` as attributes and child elements."""
    node.set("display_name", config.display_name)
    node.set("mode", config.mode)
    node.set("review", config.review)
    node.set("grading", config.grading)
    for name in FLAG_ATTRIBUTES:
        node.set(name, olx.flag(getattr(config, name)))
    if config.max_points is not None:
        node.set("max_points", str(config.max_points))
    if config.introduction:
        olx.sub(node, "introduction", config.introduction)
    if config.privacy_note:
        olx.sub(node, "privacy_note", config.privacy_note)
    for prompt in config.prompts:
        element = olx.sub(
            node,
            "prompt",
            id=prompt.id,
            required=olx.flag(prompt.required),
            min_words=prompt.min_words,
            max_words=prompt.max_words,
            case_key=prompt.case_key or None,
        )
        olx.sub(element, "question", prompt.question)
        if prompt.guidance:
            olx.sub(element, "guidance", prompt.guidance)
    if config.rubric:
        rubric = olx.sub(node, "rubric")
        for criterion in config.rubric:
            element = olx.sub(rubric, "criterion", id=criterion.id)
            olx.sub(element, "label", criterion.label)
            for level in criterion.levels:
                olx.sub(element, "level", level.label, id=level.id, points=level.points)
