# html.entities: the entity tables
from html import entities
import html.entities as ent

print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name), len(entities.entitydefs))
print(list(entities.html5.items())[:6])
print(entities.html5['amp;'], entities.html5['NotEqualTilde;'], entities.html5['lang;'], entities.name2codepoint['lang'])
print(entities.codepoint2name[169], entities.entitydefs['amp'], entities.name2codepoint['euro'])
print(list(entities.name2codepoint)[:5], list(entities.codepoint2name.items())[-3:])
print(ent is entities, sorted(entities.__all__))
