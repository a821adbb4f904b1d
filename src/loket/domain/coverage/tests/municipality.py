"""A small municipality whose figures are worked out by hand in the tests.

| code | children 0-3 | places | income-related | vulnerable | in care | vulnerable in care |
|------|-------------:|-------:|---------------:|-----------:|--------:|-------------------:|
| A    |          120 |     60 |             40 |         18 |      66 |                  6 |
| B    |           80 |     20 |             10 |         24 |      28 |                  7 |
| C    |            3 |      0 |              0 |          1 |       1 |                  0 |
| sum  |          203 |     80 |             50 |         43 |      95 |                 13 |
"""

from loket.domain.coverage.figures import NeighbourhoodFigures

CENTRE = NeighbourhoodFigures("A", "Centrum", 120, 60, 40, 18, 6, 66)
NORTH = NeighbourhoodFigures("B", "Noord", 80, 20, 10, 24, 7, 28)
HEATH = NeighbourhoodFigures("C", "Heide", 3, 0, 0, 1, 0, 1)
TOWN = [CENTRE, NORTH, HEATH]
