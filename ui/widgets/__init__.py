"""Small widgets shared by the windows: banner, help overlay, toast."""
