"""The reports screen: SLA attainment by plan and severity over a chosen period."""
