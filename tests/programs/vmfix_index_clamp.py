# list.index / tuple.index clamp huge start/stop arguments instead of overflowing.


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("list.index", lambda: [1].index(1, 0, 2**100))
t("list.index neg", lambda: [1].index(1, -2**100))
t("list.index both", lambda: [5, 1, 5].index(5, -2**100, 2**100))
t("list.index past", lambda: [5, 1, 5].index(5, 2**100))
t("list.index neg stop", lambda: [5, 1, 5].index(5, 0, -2**100))
t("tuple.index", lambda: (1,).index(1, -2**100))
t("tuple.index stop", lambda: (1,).index(1, 0, 2**100))
t("tuple.index past", lambda: (1, 2).index(2, 2**70))
t("list.index small", lambda: [1, 2, 3].index(3, -1))
t("str.find", lambda: "abc".find("c", -2**100, 2**100))
t("bytes.find", lambda: b"abc".find(b"c", -2**100, 2**100))
t("slice", lambda: [1, 2, 3][-2**100:2**100])
t("slice.indices", lambda: slice(-2**100, 2**100).indices(5))
