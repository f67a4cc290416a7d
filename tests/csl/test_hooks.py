"""notecite.csl.hooks: the shared wrapper chaining the corrections install through."""
import itertools
import types

from notecite.csl.hooks import chain, chained, unchain


def _owner():
    class Owner:
        def act(self):
            return "own"

    return Owner


def _wrapper(tag):
    inner = [None]

    def wrapper(self):
        return f"{tag}({inner[0](self)})"

    return wrapper, inner


def test_chain_keeps_what_was_in_force_and_unchain_gives_it_back_only_while_in_force():
    Owner = _owner()
    own = Owner.act
    wrapper, inner = _wrapper("w")
    chain(Owner, "act", wrapper, inner)
    chain(Owner, "act", wrapper, inner)  # idempotent: does not wrap itself
    assert Owner().act() == "w(own)" and inner[0] is own
    unchain(Owner, "act", wrapper)
    assert Owner.act is own
    Owner.act = replaced = lambda self: "other"
    unchain(Owner, "act", wrapper)  # not in force: left alone
    assert Owner.act is replaced


def test_any_order_of_installing_and_uninstalling_leaves_exactly_the_installed_wrappers_in_force():
    for installed in itertools.permutations("abc"):
        for removed in itertools.permutations("abc"):
            Owner = _owner()
            own = Owner.act
            wrappers = {tag: _wrapper(tag) for tag in "abc"}
            for tag in installed:
                chain(Owner, "act", *wrappers[tag])
            left = list(installed)
            for tag in removed:
                unchain(Owner, "act", wrappers[tag][0])
                left.remove(tag)
                expected = "own"
                for kept in left:
                    expected = f"{kept}({expected})"
                assert Owner().act() == expected, (installed, removed, tag)
                assert chained(Owner, "act") == [wrappers[t][0] for t in left]
            assert Owner.act is own


def test_a_wrapper_installed_again_keeps_its_place_and_a_higher_rank_stays_outside():
    Owner = _owner()
    outer, outer_inner = _wrapper("outer")
    a, b = _wrapper("a"), _wrapper("b")
    chain(Owner, "act", outer, outer_inner, rank=1)
    chain(Owner, "act", *a)
    chain(Owner, "act", *b)
    chain(Owner, "act", *a)
    assert Owner().act() == "outer(b(a(own)))"
    unchain(Owner, "act", a[0])
    chain(Owner, "act", *a)  # uninstalled and installed again: now the outermost of its rank
    assert Owner().act() == "outer(a(b(own)))"


def test_an_inherited_method_is_wrapped_as_inherited_at_call_time_and_inherited_again_after():
    class Base:
        def act(self):
            return "base"

    class Sub(Base):
        pass

    wrapper, inner = _wrapper("sub")
    chain(Sub, "act", wrapper, inner)
    assert Sub().act() == "sub(base)"
    base_wrapper, base_inner = _wrapper("base-wrapper")
    chain(Base, "act", base_wrapper, base_inner)  # wrapped later on the base class: not bypassed
    assert Sub().act() == "sub(base-wrapper(base))"
    unchain(Sub, "act", wrapper)
    assert "act" not in vars(Sub) and Sub().act() == "base-wrapper(base)"
    unchain(Base, "act", base_wrapper)
    assert Sub().act() == "base"


def test_a_replaced_attribute_is_what_the_next_wrapper_wraps():
    Owner = _owner()
    first, second = _wrapper("first"), _wrapper("second")
    chain(Owner, "act", *first)
    Owner.act = lambda self: "replaced"
    chain(Owner, "act", *second)
    assert Owner().act() == "second(replaced)" and chained(Owner, "act") == [second[0]]
    unchain(Owner, "act", second[0])
    assert Owner().act() == "replaced"


def test_a_module_function_is_chained_like_a_method():
    module = types.ModuleType("m")
    module.f = lambda x: x + 1
    own = module.f
    inner = [None]

    def double(x):
        return 2 * inner[0](x)

    chain(module, "f", double, inner)
    assert module.f(1) == 4
    unchain(module, "f", double)
    assert module.f is own


def test_wrapping_installs_and_takes_out_wrappers_hooks_registry_entries_and_the_flag():
    from notecite.csl import hooks

    Owner = _owner()
    own = Owner.act
    wrapper, inner = _wrapper("w")
    registry, entry, installed = [], object(), [False]

    def begin(layout, item):
        return None

    def end(layout, text):
        return text

    install, uninstall = hooks.wrapping((Owner, "act", wrapper, inner), cite=(begin, end),
                                        listed=[(registry, entry)], installed=installed)
    try:
        install()
        install()
        assert Owner().act() == "w(own)" and registry == [entry] and installed == [True]
        assert hooks.CITE_WRAPPERS.count((begin, end)) == 1
    finally:
        uninstall()
    assert Owner.act is own and registry == [] and installed == [False] and (begin, end) not in hooks.CITE_WRAPPERS


def test_the_element_wrappers_are_in_force_only_while_a_hook_needs_them():
    from citeproc.model import Layout, Text

    from notecite.csl import corrections, hooks

    corrections.install([])
    try:
        assert "render_children" not in vars(Layout) and hooks.chained(Text, "process") == []
        plain_process = Text.process
        hooks.add(observer=_seen)
        assert hooks.chained(Text, "process") == [hooks.text_process] and "render_children" not in vars(Layout)
        hooks.remove(observer=_seen)
        assert Text.process is plain_process and hooks.chained(Text, "process") == []
    finally:
        hooks.remove(observer=_seen)
        corrections.install()
    assert hooks.chained(Layout, "render_children") == [hooks.layout_render_children]


def _seen(variable, rendered):
    return None
