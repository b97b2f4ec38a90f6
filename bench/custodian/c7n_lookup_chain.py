"""How a c7n AWS resource type's get_resources(ids) resolves ids, read from the loaded classes.

lookup_chain(klass) -> list of (role, qualname, file, line) for every override of the default
QueryResourceManager.get_resources -> DescribeSource.get_resources -> ResourceQuery.get path that
a cloudtrail-mode policy's lookup goes through ('describe' source; 'describe-child' for child
managers). An empty list means c7n's default: ResourceQuery.get (server-side filter_name if the
type declares filter_name+filter_type, else list everything and match r[id] client-side).
"""
import inspect

from c7n import query, manager


def owner(cls, attr):
    for c in cls.__mro__:
        if attr in c.__dict__:
            return c
    return None


def where(fn):
    f = inspect.getsourcefile(fn)
    f = f[f.rfind('/c7n/') + 1:] if '/c7n/' in f else f
    return f, inspect.getsourcelines(fn)[1]


def source_class(klass):
    if not issubclass(klass, query.QueryResourceManager):
        return None
    st = 'describe'
    if issubclass(klass, query.ChildResourceManager):
        st = klass.child_source
    sm = klass.source_mapping
    if st in sm:
        return sm.get(st)
    return query.sources.get(st)


def lookup_chain(klass):
    out = []
    mo = owner(klass, 'get_resources')
    if mo not in (query.QueryResourceManager,):
        fn = mo.__dict__['get_resources']
        out.append(('manager.get_resources', fn.__qualname__) + where(fn))
    src = source_class(klass)
    if src is None:
        return out, None
    so = owner(src, 'get_resources')
    if so is not query.DescribeSource:
        fn = so.__dict__['get_resources']
        out.append(('source.get_resources', fn.__qualname__) + where(fn))
    go = owner(src, 'get_query')
    if go not in (query.DescribeSource, query.ChildDescribeSource):
        fn = go.__dict__['get_query']
        out.append(('source.get_query', fn.__qualname__) + where(fn))
    qf = src.resource_query_factory
    qo = owner(qf, 'get')
    if qo is not query.ResourceQuery:
        fn = qo.__dict__['get']
        out.append(('query.get', fn.__qualname__) + where(fn))
    return out, src
