"""Distances along the streets (`via`) for the services observatory's E2SFCA (services.py), when the expediente has
a street network; straight-line distance stays the default when it has none.

Why scipy.sparse.csgraph and not a routing library (docs/ARCHITECTURE.md, "Services observatory"): PySAL's
`access` computes E2SFCA from a cost table and builds only Euclidean costs itself (street distances must come from
another router), and pulls pandas 3, geopandas and a scipy wheel of its own over Debian's; networkx is pure Python,
one Dijkstra per facility in the interpreter; pandana builds contraction hierarchies in C++ but pulled a stack of
packages, took 26 s to build them on this machine for a 900-node grid and had not finished a 10,000-node one after
minutes. csgraph is Debian's scipy, already a dependency of QGIS's stack:
a multi-source Dijkstra in C with a distance `limit`, vectorised like the rest of the engine.

The network, as the malla vial publishes it:
- Nodes are the streets' vertices (coordinates rounded to the centimetre, so segments drawn to the same point
  meet); edges join consecutive vertices, weighted by their length. Streets cross only where they share a vertex
  (a noded network: the malla vial is; an overpass without a shared vertex is no crossing).
- Every street is walked both ways (`sentido` is for vehicles: people walk to schools and health centres).
- A place of demand (a block's point, or a dasymetric point) and a facility join the network at their nearest node;
  the straight-line distance to it is added to the walk at each end. A place whose nearest node is farther than the
  largest band reaches nothing.
"""
import numpy as np
import shapely

# Memory of one Dijkstra batch: facilities × nodes distances (8 bytes each). The batch shrinks as the network grows.
BATCH_CELLS = 10_000_000


class StreetNetwork:
    """The graph of a street layer: node coordinates and an undirected sparse matrix of edge lengths (metres)."""

    def __init__(self, lines):
        from scipy.sparse import coo_matrix

        lines = np.asarray(lines, dtype=object)
        lines = lines[~shapely.is_missing(lines) & ~shapely.is_empty(lines)] if len(lines) else lines
        parts = shapely.get_parts(lines) if len(lines) else np.zeros(0, dtype=object)
        coordinates, owner = shapely.get_coordinates(parts, return_index=True) if len(parts) else (
            np.zeros((0, 2)), np.zeros(0, int))
        # One integer key per centimetre point (a 1-D unique is several times faster than rows of floats).
        if len(coordinates):
            cm = np.rint((coordinates - coordinates.min(axis=0)) * 100).astype(np.int64)
            _, first, node = np.unique(cm[:, 0] * (int(cm[:, 1].max()) + 1) + cm[:, 1], return_index=True,
                                       return_inverse=True)
            keys = coordinates[first]
        else:
            keys, node = np.zeros((0, 2)), np.zeros(0, int)
        node = np.asarray(node).ravel()
        same_part = owner[1:] == owner[:-1]  # consecutive vertices of one part form an edge
        a, b = node[:-1][same_part], node[1:][same_part]
        length = np.hypot(*(coordinates[1:][same_part] - coordinates[:-1][same_part]).T)
        keep = a != b  # a repeated vertex is no edge
        n = len(keys)
        self.x, self.y = keys[:, 0], keys[:, 1]
        self.edges = int(keep.sum())
        # Parallel edges between two nodes: the shortest counts (coo -> csr would add them up).
        a, b, length = a[keep], b[keep], length[keep]
        low, high = np.minimum(a, b), np.maximum(a, b)
        order = np.lexsort((length, high, low))
        first = np.r_[True, (low[order][1:] != low[order][:-1]) | (high[order][1:] != high[order][:-1])]
        low, high, length = low[order][first], high[order][first], length[order][first]
        self.graph = coo_matrix((length, (low, high)), shape=(n, n)).tocsr()
        self._tree = shapely.STRtree(shapely.points(self.x, self.y)) if n else None
        self._snapped = []  # (x, y, snap) already asked for

    @property
    def nodes(self):
        return len(self.x)

    def snap(self, x, y):
        """(nearest node, straight-line distance to it) of each point. Remembered: every sector's E2SFCA snaps the
        same places (a quarter of a second each at a million lots)."""
        for known_x, known_y, snapped in self._snapped:
            if np.array_equal(known_x, x) and np.array_equal(known_y, y):
                return snapped
        snapped = self._snap(x, y)
        self._snapped.append((np.array(x, float), np.array(y, float), snapped))
        return snapped

    def _snap(self, x, y):
        points = shapely.points(x, y)
        (point, node), distance = self._tree.query_nearest(points, return_distance=True, all_matches=False)
        node_of = np.full(len(points), -1)
        gap = np.full(len(points), np.inf)
        node_of[point] = node
        gap[point] = distance
        return node_of, gap

    def pairs_within(self, x, y, points, distance):
        """(place, facility, distance along the streets) of every place within `distance` of a facility point, the
        snapping distances at both ends included: as services.pairs_within, along the streets."""
        empty = np.zeros(0, int), np.zeros(0, int), np.zeros(0)
        if self.nodes == 0 or len(points) == 0 or len(x) == 0:
            return empty
        from scipy.sparse.csgraph import dijkstra

        place_node, place_gap = self.snap(np.asarray(x, float), np.asarray(y, float))
        facility_node, facility_gap = self.snap(shapely.get_x(points), shapely.get_y(points))
        usable = np.flatnonzero(facility_gap <= distance)
        placed = place_gap <= distance
        # Places by node: the places at each node as one slice of `by_node`.
        by_node = np.flatnonzero(placed)[np.argsort(place_node[placed], kind="stable")]
        counts = np.bincount(place_node[placed], minlength=self.nodes)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        out_place, out_facility, out_distance = [], [], []
        batch = max(1, BATCH_CELLS // self.nodes)
        for start in range(0, len(usable), batch):
            facilities = usable[start:start + batch]
            walk = dijkstra(self.graph, directed=False, indices=facility_node[facilities],
                            limit=distance - float(facility_gap[facilities].min()))
            row, node = np.nonzero(np.isfinite(walk))
            reached = counts[node] > 0
            row, node = row[reached], node[reached]
            total = walk[row, node] + facility_gap[facilities][row]
            # Each (facility, node) pair once per place at the node (a ragged arange over the nodes' slices).
            repeat = counts[node]
            row, node, total = np.repeat(row, repeat), np.repeat(node, repeat), np.repeat(total, repeat)
            offset = np.arange(len(row)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
            place = by_node[starts[node] + offset]
            total = total + place_gap[place]
            keep = total <= distance
            out_place.append(place[keep])
            out_facility.append(facilities[row[keep]])
            out_distance.append(total[keep])
        if not out_place:
            return empty
        return np.concatenate(out_place), np.concatenate(out_facility), np.concatenate(out_distance)
