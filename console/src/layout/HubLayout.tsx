// react-admin's layout with the live event stream around it (it runs only once
// the operator is logged in), a live indicator in the app bar (beside the
// language menu react-admin shows for our two locales), and the report pages in the menu.
import type { ReactNode } from 'react';
import { AppBar, Layout, Menu, TitlePortal, LocalesMenuButton } from 'react-admin';
import BarChartIcon from '@mui/icons-material/BarChart';
import ReceiptIcon from '@mui/icons-material/ReceiptLong';
import InsightsIcon from '@mui/icons-material/Insights';
import WarningIcon from '@mui/icons-material/ReportProblem';
import PaidIcon from '@mui/icons-material/Paid';
import { LiveEventsProvider } from '../live/LiveEvents';
import { LiveStatus } from './LiveStatus';

function HubAppBar() {
  return (
    <AppBar toolbar={<><LiveStatus /><LocalesMenuButton /></>}>
      <TitlePortal />
    </AppBar>
  );
}

function HubMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/ad-reports" primaryText="hub.reports.ad_reports" leftIcon={<BarChartIcon />} />
      <Menu.Item to="/revenue" primaryText="hub.reports.revenue" leftIcon={<ReceiptIcon />} />
      <Menu.Item to="/merchant-activity" primaryText="hub.insights.merchant_activity" leftIcon={<InsightsIcon />} />
      <Menu.Item to="/merchant-warnings" primaryText="hub.insights.warnings" leftIcon={<WarningIcon />} />
      <Menu.Item to="/discount-statements" primaryText="hub.discounts.statements" leftIcon={<PaidIcon />} />
    </Menu>
  );
}

export function HubLayout({ children }: { children: ReactNode }) {
  return (
    <LiveEventsProvider>
      <Layout appBar={HubAppBar} menu={HubMenu}>
        {children}
      </Layout>
    </LiveEventsProvider>
  );
}
