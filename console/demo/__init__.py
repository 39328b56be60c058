"""Not the product's rules: the demo data, the traffic simulator and the load
generator the benchmarks use. Everything here goes through the services."""
