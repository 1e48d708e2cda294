# Case conversions
words = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "3rd place", "ǅungla", "ß straße",
         "ﬁne", "éclair", "o'neil mc-donald", "", "123", "İstanbul", "ΣΊΣΥΦΟΣ", "a_b c-d"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), len("ß".upper()), "ß".casefold(), "ß".lower(), "ﬃ".upper())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
print("hello".upper().lower() == "hello", "Straße".casefold() == "STRASSE".casefold())
