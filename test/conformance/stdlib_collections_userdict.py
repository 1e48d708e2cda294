# collections: UserDict, UserList and UserString wrappers.
from collections import UserDict, UserList, UserString


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), ud.data, "a" in ud, ud.get("x", 9), ud | {"c": 3}, type(ud.copy()).__name__)
class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
low = Lower({"A": 1})
low["B"] = 2
low.update(C=3)
print(low, "a" in low)
show('show("UserDict()[\'x\']", lambda: UserDict()["x"])', lambda: show("UserDict()['x']", lambda: UserDict()["x"]))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], ul + [5], [0] + ul, len(ul), ul == [1, 2, 3, 4], type(ul[1:]).__name__)
ul.extend(UserList([9]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(3), ul.count(1), 2 in ul, ul * 2)
ul.reverse()
print(ul, ul < [5], ul.copy())
us = UserString("hello")
print(us.upper(), us + "!", len(us), us[1], "ell" in us, us.split("l"), us == "hello", us.replace("l", "L"))
print(us.capitalize(), us.center(9, "*"), us.count("l"), us.find("lo"), us.startswith("he"), us * 2, str(us))
