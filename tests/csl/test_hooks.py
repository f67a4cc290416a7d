"""notecite.csl.hooks: the shared wrapper chaining the corrections install through."""
from notecite.csl.hooks import chain, unchain


def test_chain_keeps_what_was_in_force_and_unchain_gives_it_back_only_while_in_force():
    class Owner:
        def act(self):
            return "own"

    own = Owner.act
    inner = [None]

    def wrapper(self):
        return "wrapped " + inner[0](self)

    chain(Owner, "act", wrapper, inner)
    chain(Owner, "act", wrapper, inner)  # idempotent: does not wrap itself
    assert Owner().act() == "wrapped own" and inner[0] is own
    unchain(Owner, "act", wrapper, inner)
    assert Owner.act is own
    Owner.act = replaced = lambda self: "other"
    unchain(Owner, "act", wrapper, inner)  # not in force: left alone
    assert Owner.act is replaced
