"""The package's one XML parser: course exports are untrusted input.

Refused: entity declarations (billion laughs, external entities over file:// and http://),
references to entities nobody declared here, malformed and oversized documents. The
parser never opens a file or a network connection; normal OLX parses as before.
"""
import socket
import threading

import pytest
from lxml import etree

from weerbaarxblock.core import olx
from weerbaarxblock.core.i18n import package_translations
from weerbaarxblock.core.messages import message_for
from weerbaarxblock.core.rules.problems import Problem

SECRET = "GEHEIM-bsn-123456782"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<weerbaar_reflection display_name="&lol9;">&lol9;</weerbaar_reflection>"""


def refused_with(code, document):
    with pytest.raises(Problem) as caught:
        olx.parse(document)
    assert caught.value.code == code
    return caught.value


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


@pytest.fixture
def listener():
    """A TCP port on localhost that counts every connection made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    connections = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _address = server.accept()
            except OSError:
                continue
            connections.append(connection.recv(1024))
            connection.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", connections
    stop.set()
    thread.join(2)
    server.close()


# ---- normal OLX -----------------------------------------------------------------------------------------
def test_parses_normal_olx():
    root = olx.parse(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<weerbaar_reflection display_name="Reflectie op je eigen handelen" graded="true">'
        "<!-- authors' notes are dropped -->"
        "<prompt>Welke kwaliteiten zie je bij jezelf? &amp; welke valkuilen &#8212; eerlijk?</prompt>"
        "<?processing instruction?>"
        "</weerbaar_reflection>"
    )
    assert root.tag == "weerbaar_reflection"
    assert root.get("display_name") == "Reflectie op je eigen handelen"
    assert olx.read_flag(root.get("graded")) is True
    assert olx.text_of(root, "prompt") == "Welke kwaliteiten zie je bij jezelf? & welke valkuilen \u2014 eerlijk?"
    assert olx.text_of(root, "missing", default="-") == "-"
    assert [child.tag for child in root] == ["prompt"]  # comments and processing instructions removed


def test_bytes_and_text_parse_alike():
    text = '<weerbaar_network><actor kind="gemeente">Wijkteam Zuid</actor></weerbaar_network>'
    assert etree.tostring(olx.parse(text)) == etree.tostring(olx.parse(text.encode("utf-8")))


def test_helpers_write_readable_olx_that_parses_back():
    node = etree.Element("weerbaar_scenario")
    olx.sub(node, "step", "Een cliënt vertelt over haar zoon.", id="s1", optional=None)
    node.set("shuffle", olx.flag(False))
    root = olx.parse(etree.tostring(node))
    assert (root[0].get("id"), root[0].get("optional"), root[0].text) == (
        "s1", None, "Een cliënt vertelt over haar zoon."
    )
    assert olx.read_flag(root.get("shuffle"), default=True) is False


# ---- entities ---------------------------------------------------------------------------------------------
def test_billion_laughs_is_refused_before_any_expansion():
    refused_with("xml_entities", BILLION_LAUGHS)
    refused_with("xml_entities", BILLION_LAUGHS.encode("utf-8"))


def test_billion_laughs_in_utf16_is_refused_too():
    """A byte-level search for '<!ENTITY' misses UTF-16; the parsed DTD still gives it away."""
    document = BILLION_LAUGHS.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    refused_with("xml_entities", document)


@pytest.mark.parametrize(
    "declaration",
    [
        '<!ENTITY xxe SYSTEM "{file}">',
        '<!ENTITY xxe SYSTEM "{url}/leak">',
        '<!ENTITY xxe PUBLIC "-//W//x" "{url}/leak">',
        '<!ENTITY % remote SYSTEM "{url}/evil.dtd"> %remote;',
    ],
)
def test_external_entities_are_refused_without_reading_or_fetching(secret_file, listener, declaration):
    url, connections = listener
    declaration = declaration.format(file=secret_file.as_uri(), url=url)
    problem = refused_with("xml_entities", f"<!DOCTYPE r [{declaration}]><r>&xxe;</r>")
    assert SECRET not in repr(problem)
    assert connections == []


def test_entities_of_an_external_dtd_are_refused_and_the_dtd_is_not_loaded(tmp_path, secret_file, listener):
    url, connections = listener
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">', encoding="utf-8")
    refused_with("xml_entities", f'<!DOCTYPE r SYSTEM "{dtd.as_uri()}"><r>&xxe;</r>')
    refused_with("xml_entities", f'<!DOCTYPE r SYSTEM "{url}/evil.dtd"><r>&xxe;</r>')
    assert connections == []


def test_the_parser_itself_never_reads_files_fetches_urls_or_expands(secret_file, listener):
    """Even without the up-front refusal, the lxml parser resolves nothing."""
    url, connections = listener
    documents = [
        f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]><r>&xxe;</r>',
        f'<!DOCTYPE r [<!ENTITY xxe SYSTEM "{url}/leak">]><r>&xxe;</r>',
        f'<!DOCTYPE r SYSTEM "{url}/evil.dtd"><r>x</r>',
        f'<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{secret_file.as_uri()}" parse="text"/></r>',
        BILLION_LAUGHS,
    ]
    for document in documents:
        try:
            root = etree.fromstring(document.encode("utf-8"), parser=olx.safe_parser())
        except etree.XMLSyntaxError as error:  # libxml2's own amplification limit (entities in attributes)
            assert "amplification" in str(error)
            continue
        serialised = etree.tostring(root, encoding="unicode")
        assert SECRET not in serialised
        assert len(serialised) < 1000
    assert connections == []


def test_xinclude_is_not_processed(secret_file):
    root = olx.parse(
        f'<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="{secret_file.as_uri()}" parse="text"/></r>'
    )
    assert SECRET not in etree.tostring(root, encoding="unicode")


def test_nodes_parsed_elsewhere_with_entity_references_are_refused():
    unsafe = etree.XMLParser(resolve_entities=False)
    node = etree.fromstring(b'<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', parser=unsafe)
    with pytest.raises(Problem) as caught:
        olx.check_node(node)
    assert caught.value.code == "xml_entities"
    assert olx.check_node(olx.parse("<r><a/></r>")).tag == "r"


# ---- malformed and oversized --------------------------------------------------------------------------------
@pytest.mark.parametrize("document", ["<a><b></a>", "", "gewoon tekst", "<a>", '<a b="1" b="2"/>', b"<a>\xff</a>"])
def test_malformed_xml_is_refused_with_a_reason(document):
    problem = refused_with("xml_invalid", document)
    assert problem.params["detail"]
    assert len(problem.params["detail"]) <= 200


@pytest.mark.parametrize(
    "document",
    [
        pytest.param("<a>" * 50_000 + "</a>" * 50_000, id="deeply nested"),
        pytest.param("<a>" + "x" * (11 * 1024 * 1024) + "</a>", id="text node over 10 MB"),
        pytest.param('<a b="' + "x" * (11 * 1024 * 1024) + '"/>', id="attribute over 10 MB"),
    ],
)
def test_huge_documents_are_refused(document):
    """lxml's huge_tree=False limits depth and node size; speed is measured in `make bench`, not here."""
    refused_with("xml_invalid", document)


def test_large_but_ordinary_documents_still_parse():
    root = olx.parse("<weerbaar_network>" + '<actor name="Wijkteam"/>' * 20_000 + "</weerbaar_network>")
    assert len(root) == 20_000


# ---- messages -------------------------------------------------------------------------------------------------
def test_xml_problems_read_as_dutch_sentences():
    dutch = package_translations("nl").gettext
    assert message_for(Problem("xml_entities"), dutch) == (
        "XML met een DOCTYPE die entiteiten declareert, wordt geweigerd."
    )
    problem = refused_with("xml_invalid", "<a><b></a>")
    assert message_for(problem, dutch).startswith("De XML kon niet worden gelezen: Opening and ending tag mismatch")


# ---- nodes handed to parse_xml by a parser we do not choose --------------------------------------------------------
def permissive_node(document):
    """A node as an older or permissive platform parser hands it over: entities already expanded."""
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    return etree.fromstring(document.encode("utf-8"), parser=parser)


def blocks():
    from weerbaarxblock.network.block import NetworkBlock
    from weerbaarxblock.reflection.block import ReflectionBlock
    from weerbaarxblock.scenario.block import ScenarioBlock

    return {"weerbaar_reflection": ReflectionBlock, "weerbaar_scenario": ScenarioBlock,
            "weerbaar_network": NetworkBlock}


@pytest.mark.parametrize("tag", ["weerbaar_reflection", "weerbaar_scenario", "weerbaar_network"])
def test_parse_xml_refuses_a_doctype_even_after_a_permissive_parser_expanded_it(secret_file, tag):
    document = (
        f'<!DOCTYPE {tag} [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}"><!ENTITY name "Binnen">]>'
        f'<{tag} display_name="&name;"><introduction>&xxe;</introduction></{tag}>'
    )
    node = permissive_node(document)
    assert SECRET in etree.tostring(node, encoding="unicode")  # the platform's parser did read the file
    with pytest.raises(Problem) as caught:
        blocks()[tag].parse_xml(node, None, None)  # refused before the runtime is asked for anything
    assert caught.value.code == "xml_doctype"
    message = message_for(caught.value, str)
    assert message == "Course content with a DOCTYPE is refused: remove the <!DOCTYPE …> line."
    assert SECRET not in repr(caught.value) and SECRET not in message and "Binnen" not in message


@pytest.mark.parametrize("tag", ["weerbaar_reflection", "weerbaar_scenario", "weerbaar_network"])
def test_parse_xml_refuses_any_doctype_and_an_external_dtd(tmp_path, tag):
    dtd = tmp_path / "olx.dtd"
    dtd.write_text("<!ELEMENT x ANY>", encoding="utf-8")
    for document in (f"<!DOCTYPE {tag}><{tag}/>", f'<!DOCTYPE {tag} SYSTEM "{dtd.as_uri()}"><{tag}/>'):
        with pytest.raises(Problem) as caught:
            blocks()[tag].parse_xml(permissive_node(document), None, None)
        assert caught.value.code == "xml_doctype"


def test_a_node_in_a_larger_document_with_a_doctype_is_refused_and_plain_nodes_pass():
    course = permissive_node('<!DOCTYPE vertical [<!ENTITY e "x">]><vertical><weerbaar_network/></vertical>')
    with pytest.raises(Problem):
        olx.check_document(course[0])
    assert olx.check_document(olx.parse("<weerbaar_network/>")).tag == "weerbaar_network"
