// The console's root: react-admin on the hub's API, one <Resource> per folder
// under resources/. The hub serves it under /console with index.html for every
// client route, so it uses real paths (a BrowserRouter with that basename)
// rather than react-admin's default hash router.
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { HubLayout } from './layout/HubLayout';
import { queryClient } from './queryClient';
import { AdReports } from './reports/AdReports';
import { RevenueStatements } from './reports/RevenueStatements';
import adBookings from './resources/ad-bookings';
import alertRules from './resources/alert-rules';
import advertisers from './resources/advertisers';
import alerts from './resources/alerts';
import campaigns from './resources/campaigns';
import creatives from './resources/creatives';
import devices from './resources/devices';
import groups from './resources/groups';
import merchants from './resources/merchants';
import reconciliations from './resources/reconciliations';
import releases from './resources/releases';
import stores from './resources/stores';
import transactions from './resources/transactions';
import discountCampaigns from './discounts';
import { DiscountStatements } from './discounts/DiscountStatements';
import { FleetActivity } from './insights/FleetActivity';
import { WarningsList } from './insights/WarningsList';

export function App() {
  return (
    <BrowserRouter basename="/console">
    <Admin
      title="ScreenHub"
      dashboard={Dashboard}
      layout={HubLayout}
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      requireAuth
      disableTelemetry
    >
      <Resource name="devices" {...devices} />
      <Resource name="merchants" {...merchants} />
      <Resource name="stores" {...stores} />
      <Resource name="groups" {...groups} />
      <Resource name="alerts" {...alerts} />
      <Resource name="alert-rules" {...alertRules} />
      <Resource name="transactions" {...transactions} />
      <Resource name="releases" {...releases} />
      <Resource name="campaigns" {...campaigns} />
      <Resource name="advertisers" {...advertisers} />
      <Resource name="creatives" {...creatives} />
      <Resource name="ad-bookings" {...adBookings} />
      <Resource name="reconciliations" {...reconciliations} />
      <Resource name="discount-campaigns" {...discountCampaigns} />
      <Resource name="commands" />
      <Resource name="presence" />
      <Resource name="campaign-devices" />
      <CustomRoutes>
        <Route path="/ad-reports" element={<AdReports />} />
        <Route path="/revenue" element={<RevenueStatements />} />
        <Route path="/merchant-activity" element={<FleetActivity />} />
        <Route path="/merchant-warnings" element={<WarningsList />} />
        <Route path="/discount-statements" element={<DiscountStatements />} />
      </CustomRoutes>
    </Admin>
    </BrowserRouter>
  );
}
