import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Vendor groups, so no single chunk carries all of antd and React together. */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
    priority: 40,
  },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 30 },
  { name: 'rc-components', test: /node_modules[\\/](@rc-component|rc-[^\\/]+)[\\/]/, priority: 20 },
  { name: 'antd-style', test: /node_modules[\\/](@ant-design|@emotion|stylis|dayjs)[\\/]/, priority: 20 },
  { name: 'antd', test: /node_modules[\\/]antd[\\/]/, priority: 10 },
];

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd's own modules make one ~515 kB chunk (~155 kB gzipped), cached across releases; the rest is smaller.
    chunkSizeWarningLimit: 600,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
});
