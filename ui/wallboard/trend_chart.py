"""The 30-day trend: SLA attainment per local day, one line per plan shown, on a
0–100 % axis, with the daily attainment tile's amber and red limits as dashed
guides. Drawn with Qt Charts in the wallboard's dark colours. A day on which no
clock of a plan settled has no point (no figure is not 100 %).

The chart is legible or not shown: :meth:`TrendChart.minimum_height` is what it
needs for a plot of :data:`MIN_PLOT_HEIGHT` under its title (the legend stands beside it; the
wallboard hides it with a note below that), and the day axis carries only as
many labels as fit side by side, never "…"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from console.domain.plans import Plan
from console.domain.tiles import Level, Threshold
from console.services.readmodels.wallboard import TrendDay
from ui.wallboard.wallboard_style import BORDER, LEVEL_COLOURS, MUTED, PLAN_COLOURS, SURFACE, TEXT, font
from ui.wording import level_label

MIN_PLOT_HEIGHT = 120
"""The shortest plot in which six percentage labels and the lines read (pixels)."""
DAY_LABEL_SAMPLE = "30 Nov"
MAX_DAY_TICKS = 11


def _msecs(moment: datetime) -> float:
    return moment.timestamp() * 1000


class TrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.chart_ = chart
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setBackgroundBrush(QBrush(QColor(SURFACE)))
        chart.setBackgroundRoundness(10)
        chart.setMargins(QMargins(8, 4, 8, 4))
        # beside the plot, not above it: a wallboard has width to spare, not height
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setLabelColor(QColor(TEXT))
        chart.setTitleBrush(QBrush(QColor(TEXT)))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        self.y_axis.setLabelFormat("%d %%")
        self.y_axis.setTickCount(6)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(QColor(MUTED))
            axis.setGridLineColor(QColor(BORDER))
            axis.setLinePenColor(QColor(BORDER))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series: dict[str, QLineSeries] = {}
        self._days = 0
        self._last: tuple[Sequence[TrendDay], Sequence[Plan], Threshold, object] | None = None
        self.setStyleSheet("background: transparent;")

    def set_scale(self, scale: float) -> None:
        self.chart_.setTitleFont(font(20, scale, QFont.Weight.DemiBold))
        self.chart_.legend().setFont(font(17, scale))
        self.x_axis.setLabelsFont(font(15, scale))
        self.y_axis.setLabelsFont(font(15, scale))

    def minimum_height(self) -> int:
        """The height that leaves :data:`MIN_PLOT_HEIGHT` for the plot: title,
        legend, the day labels and the chart's margins above and below it."""
        chart = self.chart_
        title = QFontMetrics(chart.titleFont()).height()
        days = QFontMetrics(self.x_axis.labelsFont()).height()
        margins = chart.margins().top() + chart.margins().bottom()
        # Qt Charts' own spacing around the title and the axis (measured: about 40 px)
        return MIN_PLOT_HEIGHT + title + days + margins + 40

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        # A tick count changed on its own (on a resize) leaves the day axis without
        # labels (Qt Charts 6.11); drawn again with the lines, the labels come back.
        if self._last is not None and self._wanted_ticks() != self.x_axis.tickCount():
            self.show_trend(*self._last)

    def _wanted_ticks(self) -> int:
        """As many day labels as fit beside each other in the plot's width."""
        label = QFontMetrics(self.x_axis.labelsFont()).horizontalAdvance(DAY_LABEL_SAMPLE) + 24
        width = self.chart_.plotArea().width() or self.width() - 80
        fitting = int(width // label) + 1
        return max(2, min(self._days or MAX_DAY_TICKS, MAX_DAY_TICKS, fitting))

    def show_trend(
        self, days: Sequence[TrendDay], plans: Sequence[Plan], limit: Threshold, zone: object
    ) -> None:
        """Replace the lines: ``days`` oldest first, one line per plan in ``plans``."""
        self._last = (days, plans, limit, zone)
        chart = self.chart_
        for series in self.series.values():
            chart.removeSeries(series)
        self.series = {}
        if not days:
            return
        stamps = [_msecs(datetime.combine(day.day, time(12), tzinfo=zone)) for day in days]  # type: ignore[arg-type]
        for plan in plans:
            series = QLineSeries()
            series.setName(plan.label)
            colour = QColor(PLAN_COLOURS[list(Plan).index(plan)])
            pen = QPen(colour, 3)
            series.setPen(pen)
            series.setPointsVisible(True)
            for stamp, day in zip(stamps, days, strict=True):
                ratio = day.by_plan.get(plan)
                if ratio is not None and ratio.ratio is not None:
                    series.append(stamp, ratio.ratio * 100)
            self._add(series, plan.value)
        for level, value in ((Level.AMBER, limit.amber), (Level.RED, limit.red)):
            guide = QLineSeries()
            guide.setName(self.tr("{0} limit {1:g} %").format(level_label(level), value))
            guide.setPen(QPen(QColor(LEVEL_COLOURS[level].edge), 1.5, Qt.PenStyle.DashLine))
            guide.append(stamps[0], value)
            guide.append(stamps[-1], value)
            self._add(guide, level.value)
        first = QDateTime.fromMSecsSinceEpoch(int(stamps[0]))
        last = QDateTime.fromMSecsSinceEpoch(int(stamps[-1]))
        self.x_axis.setRange(first.addSecs(-6 * 3600), last.addSecs(6 * 3600))
        self._days = len(days)
        self.x_axis.setTickCount(self._wanted_ticks())

    def _add(self, series: QLineSeries, key: str) -> None:
        self.chart_.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        self.series[key] = series

    def points(self, plan: Plan) -> list[tuple[float, float]]:
        """The plotted (msecs, percent) points of ``plan``'s line (for tests)."""
        series = self.series.get(plan.value)
        return [] if series is None else [(p.x(), p.y()) for p in series.points()]
